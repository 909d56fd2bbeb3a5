package org.kinmap.assessments;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.kinmap.system.NotFoundException;
import org.kinmap.system.TransientRetry;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments of relatives for a child as a workflow: request, start, conclude or withdraw; Regulation 24 temporary
 * approvals and their Regulation 25 extension. Every write is the signed-in social worker's, checked against the
 * child's record (allocation, restriction) and audited.
 */
@RestController
@Tag(name = "Assessments", description = "Viability, full connected-person and special guardianship assessments of "
		+ "relatives, Regulation 24 temporary approvals and Regulation 25 extensions")
class AssessmentController {

	private final AssessmentWorkflow workflow;
	private final Reg24Approvals approvals;
	private final RecordAccess access;
	private final Clock clock;

	AssessmentController(AssessmentWorkflow workflow, Reg24Approvals approvals, RecordAccess access, Clock clock) {
		this.workflow = workflow;
		this.approvals = approvals;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A child's assessments with the history of each, and kinmap's today (no step may be dated after it; the pages
	 * offer it as the day of a step).
	 */
	record ChildAssessments(String childId, LocalDate today, List<AssessmentDetail> assessments) {
	}

	/** A child's Regulation 24 approvals. */
	record ChildReg24Approvals(String childId, List<Reg24Approval> approvals) {
	}

	@GetMapping("/api/children/{id}/assessments")
	@Operation(summary = "Every assessment of a relative or connected person for the child, with the steps each may "
			+ "take next and the history of its status (who, when, from, to, why)")
	ChildAssessments forChild(@PathVariable String id) {
		access.checkRead(List.of(id), "assessments");
		return new ChildAssessments(id, LocalDate.now(clock), workflow.forChild(id));
	}

	@PostMapping("/api/children/{id}/assessments")
	@Operation(summary = "Request an assessment of a relative for the child: viability (the default), or, after a "
			+ "positive viability assessment of the same person, connected_person_full or special_guardianship")
	ResponseEntity<AssessmentDetail> request(@PathVariable String id, @RequestBody(required = false) AssessmentRequest request) {
		access.checkWrite(List.of(id), "assessment");
		AssessmentDetail saved = write("assessment request", () -> workflow.request(id, request, username()));
		access.audit("request assessment", id, saved.id() + " " + saved.type());
		return ResponseEntity.created(URI.create("/api/assessments/" + saved.id())).body(saved);
	}

	@GetMapping("/api/assessments/{id}")
	@Operation(summary = "One assessment with the history of its status")
	AssessmentDetail get(@PathVariable String id) {
		List<String> children = children(id);
		access.checkRead(children, "assessment");
		return workflow.find(id).orElseThrow(() -> notFound(id));
	}

	@PostMapping("/api/assessments/{id}/status")
	@Operation(summary = "Move an assessment on: in_progress (started), positive or negative (concluded), withdrawn; "
			+ "with the day, and reasons for negative and withdrawn")
	AssessmentDetail move(@PathVariable String id, @RequestBody(required = false) StepRequest request) {
		List<String> children = children(id);
		access.checkWrite(children, "assessment");
		AssessmentDetail moved = write("assessment step", () -> workflow.move(id, request, username()));
		children.forEach(c -> access.audit("assessment " + last(moved), c, moved.id() + " " + moved.status()));
		return moved;
	}

	@PostMapping("/api/children/{id}/reg24-approvals")
	@Operation(summary = "Record a Regulation 24 temporary approval of a connected person for the child (after a "
			+ "positive viability assessment); it ends 16 weeks after it starts")
	ResponseEntity<AssessmentDetail> approve(@PathVariable String id, @RequestBody(required = false) Reg24Request request) {
		access.checkWrite(List.of(id), "Regulation 24 approval");
		AssessmentDetail saved = write("Regulation 24 approval", () -> workflow.approve(id, request, username()));
		access.audit("record Regulation 24 approval", id, saved.id() + " until " + saved.expiresOn());
		return ResponseEntity.created(URI.create("/api/assessments/" + saved.id())).body(saved);
	}

	@GetMapping("/api/children/{id}/reg24-approvals")
	@Operation(summary = "The child's Regulation 24 temporary approvals, each with its last day")
	ChildReg24Approvals reg24(@PathVariable String id) {
		access.checkRead(List.of(id), "Regulation 24 approvals");
		return new ChildReg24Approvals(id, approvals.forChild(id));
	}

	@PostMapping("/api/assessments/{id}/reg25-extension")
	@Operation(summary = "Extend a Regulation 24 temporary approval under Regulation 25: once, by 1 to 8 weeks, "
			+ "decided while it lasts")
	AssessmentDetail extend(@PathVariable String id, @RequestBody(required = false) Reg25Request request) {
		List<String> children = children(id);
		access.checkWrite(children, "Regulation 25 extension");
		AssessmentDetail extended = write("Regulation 25 extension", () -> workflow.extend(id, request, username()));
		children.forEach(c -> access.audit("extend Regulation 24 approval", c, extended.id() + " until " + extended.expiresOn()));
		return extended;
	}

	private List<String> children(String id) {
		return workflow.childrenOf(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * The write, run again if Neo4j fails transiently. Two open assessments of one kind for one relative and child
	 * requested at the same moment: the second meets the uniqueness of the open key (V010) and is answered as the
	 * rule {@link RequestRule.OneOpenAssessmentPerRelativeAndChild} would have answered it.
	 */
	private static AssessmentDetail write(String what, Supplier<AssessmentDetail> write) {
		try {
			return TransientRetry.run(what, write);
		}
		catch (RuntimeException ex) {
			if (!openKeyTaken(ex)) {
				throw ex;
			}
			throw AssessmentRefusedException.of(Verdict.conflict("/relative", "Another open assessment of this kind of "
					+ "this person for this child was requested at the same moment; move that one on, or withdraw it, "
					+ "before requesting another."));
		}
	}

	/** Whether the failure is the uniqueness of the open key, however the driver and Spring wrapped it. */
	static boolean openKeyTaken(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataIntegrityViolationException || t instanceof Neo4jException n && n.code() != null
					&& n.code().endsWith("ConstraintValidationFailed")) {
				return true;
			}
		}
		return false;
	}

	private static String last(AssessmentDetail a) {
		return a.history().isEmpty() ? a.status() : a.history().get(a.history().size() - 1).action();
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("No assessment has the id '" + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'");
	}

	private static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? null : auth.getName();
	}
}
