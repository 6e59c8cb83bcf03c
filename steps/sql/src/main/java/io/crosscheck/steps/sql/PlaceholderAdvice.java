package io.crosscheck.steps.sql;

import io.crosscheck.steps.sql.SqlTemplateScanner.Misplaced;

/** What to tell a user whose {@code ${...}} sits where a bind parameter cannot, and how to fix it. */
final class PlaceholderAdvice {
    private PlaceholderAdvice() {
    }

    static String message(Misplaced m) {
        return switch (m.where()) {
            case STRING_LITERAL -> m.placeholder() + " is inside a quoted SQL string literal; every ${} in sql is bound"
                    + " as a parameter, never pasted into the text, so it cannot sit inside quotes";
            case QUOTED_IDENTIFIER -> m.placeholder() + " is inside a quoted SQL identifier; table and column names"
                    + " cannot be bind parameters";
            case COMMENT -> m.placeholder() + " is inside an SQL comment, where it would become a stray bind parameter";
        };
    }

    static String hint(Misplaced m) {
        String expr = m.placeholder().length() > 3 ? m.placeholder().substring(2, m.placeholder().length() - 1).strip() : "x";
        return switch (m.where()) {
            case STRING_LITERAL -> m.wholeLiteral()
                    ? "write `= " + m.placeholder() + "` without quotes: the value is bound as a parameter"
                    : "build the whole value in the expression, e.g. `LIKE ${'%' + " + expr + " + '%'}`, and write it"
                    + " without quotes: the value is bound as a parameter";
            case QUOTED_IDENTIFIER -> "write the name itself in the SQL text";
            case COMMENT -> "remove it from the comment, or write $${ for a literal ${";
        };
    }
}
