package org.kinmap.assessments;

import java.math.BigDecimal;

/**
 * The one extension of a Regulation 24 temporary approval under Regulation 25
 * ({@code POST /api/assessments/{id}/reg25-extension}).
 *
 * @param weeks     by how many whole weeks, 1 to 8
 * @param decidedOn the day it was decided, {@code yyyy-MM-dd}, while the approval lasts and not in the future
 * @param reason    why the full assessment needs longer
 */
record Reg25Request(BigDecimal weeks, String decidedOn, String reason) {
}
