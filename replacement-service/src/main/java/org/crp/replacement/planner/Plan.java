package org.crp.replacement.planner;

import java.util.List;

public record Plan(List<Assignment> assignments, PlanFigures figures) {
}
