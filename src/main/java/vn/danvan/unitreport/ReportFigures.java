package vn.danvan.unitreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of the resolution's section II.2.2 that only a unit knows. The field names are the REST
 * body's, the form's field ids and the process variables' names. Residential areas are counted by the
 * Front committees (each area has its Front working committee); the organisations give 0 there.
 */
record ReportFigures(BigDecimal peopleGatheredPercent, BigDecimal membersActivePercent, Boolean ratedGoodOrBetter,
        Integer branchesTotal, Integer branchesGoodOrBetter, Integer officersTotal, Integer officersTrained,
        Integer modelInitiatives, Integer residentialAreasTotal, Integer residentialAreasTypical,
        Integer residentialAreasModel, Integer difficultAreasSupported, String note) {

    /** A figure the caller must correct, with the reason in Vietnamese and English. */
    record Problem(String field, String reason) {
    }

    /**
     * The one check of a report's figures (REST and the Tasklist form both come here): a percentage
     * between 0 and 100, a count not negative, a part not greater than its whole, nothing missing.
     */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        percent(problems, "peopleGatheredPercent", peopleGatheredPercent);
        percent(problems, "membersActivePercent", membersActivePercent);
        if (ratedGoodOrBetter == null) {
            problems.add(new Problem("ratedGoodOrBetter", "Chưa cho biết xếp loại của đơn vị / is required"));
        }
        count(problems, "branchesTotal", branchesTotal);
        count(problems, "branchesGoodOrBetter", branchesGoodOrBetter);
        count(problems, "officersTotal", officersTotal);
        count(problems, "officersTrained", officersTrained);
        count(problems, "modelInitiatives", modelInitiatives);
        count(problems, "residentialAreasTotal", residentialAreasTotal);
        count(problems, "residentialAreasTypical", residentialAreasTypical);
        count(problems, "residentialAreasModel", residentialAreasModel);
        count(problems, "difficultAreasSupported", difficultAreasSupported);
        part(problems, "branchesGoodOrBetter", branchesGoodOrBetter, "branchesTotal", branchesTotal);
        part(problems, "officersTrained", officersTrained, "officersTotal", officersTotal);
        part(problems, "residentialAreasTypical", residentialAreasTypical, "residentialAreasTotal", residentialAreasTotal);
        // "trong đó có trên 30% khu dân cư đạt kiểu mẫu": the model areas are among the typical ones
        part(problems, "residentialAreasModel", residentialAreasModel, "residentialAreasTypical", residentialAreasTypical);
        return problems;
    }

    private static void percent(List<Problem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(new Problem(field, "Chưa nhập / is required"));
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Problem(field, "Tỷ lệ phải từ 0 đến 100 / must be a percentage between 0 and 100"));
        }
    }

    private static void count(List<Problem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new Problem(field, "Chưa nhập / is required"));
        } else if (value < 0) {
            problems.add(new Problem(field, "Số lượng không được âm / must not be negative"));
        }
    }

    private static void part(List<Problem> problems, String field, Integer part, String wholeField, Integer whole) {
        if (part != null && whole != null && part >= 0 && whole >= 0 && part > whole) {
            problems.add(new Problem(field, "Không được lớn hơn " + wholeField + " (" + whole + ") / must not exceed "
                    + wholeField));
        }
    }

    /** The figures as the form submitted them (numbers may come as Long, Double or text). */
    static ReportFigures of(Map<String, Object> variables) {
        return new ReportFigures(decimal(variables.get("peopleGatheredPercent")),
                decimal(variables.get("membersActivePercent")), bool(variables.get("ratedGoodOrBetter")),
                integer(variables.get("branchesTotal")), integer(variables.get("branchesGoodOrBetter")),
                integer(variables.get("officersTotal")), integer(variables.get("officersTrained")),
                integer(variables.get("modelInitiatives")), integer(variables.get("residentialAreasTotal")),
                integer(variables.get("residentialAreasTypical")), integer(variables.get("residentialAreasModel")),
                integer(variables.get("difficultAreasSupported")),
                variables.get("note") == null || variables.get("note").toString().isBlank() ? null
                        : variables.get("note").toString().strip());
    }

    /** The figures as process variables, for the form to show them again after a return. */
    Map<String, Object> variables() {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("peopleGatheredPercent", peopleGatheredPercent == null ? null : peopleGatheredPercent.doubleValue());
        v.put("membersActivePercent", membersActivePercent == null ? null : membersActivePercent.doubleValue());
        v.put("ratedGoodOrBetter", ratedGoodOrBetter);
        v.put("branchesTotal", branchesTotal);
        v.put("branchesGoodOrBetter", branchesGoodOrBetter);
        v.put("officersTotal", officersTotal);
        v.put("officersTrained", officersTrained);
        v.put("modelInitiatives", modelInitiatives);
        v.put("residentialAreasTotal", residentialAreasTotal);
        v.put("residentialAreasTypical", residentialAreasTypical);
        v.put("residentialAreasModel", residentialAreasModel);
        v.put("difficultAreasSupported", difficultAreasSupported);
        v.put("note", note);
        return v;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1); // refused as out of range, naming the field
        }
    }

    private static Integer integer(Object value) {
        if (value instanceof Number n) {
            // a form's number field may send 3.0; a fraction of a count is refused as negative would be
            return n.doubleValue() == Math.rint(n.doubleValue()) ? (int) n.doubleValue() : -1;
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value == null || value.toString().isBlank() ? null : Boolean.valueOf(value.toString().strip());
    }
}
