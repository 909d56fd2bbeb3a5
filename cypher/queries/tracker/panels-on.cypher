// The children presented to any panel on one date, for the panel list.
// Parameters: $date (a date). Columns: childId, panel.
MATCH (pa:Panel {date: $date})
RETURN pa.childId AS childId, pa {.*} AS panel
ORDER BY childId, pa.id
