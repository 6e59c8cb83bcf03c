package io.crosscheck.engine.plan;

import io.crosscheck.engine.load.PlainScalars;
import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an examples CSV file (RFC 4180, first record the header; the byte order mark spreadsheets write is
 * dropped when the file is read). Every row must have one cell per header name, and header names must be
 * non-empty and distinct; each problem points at the file's line (and column where the CSV parser tells it). A cell
 * is typed like a YAML plain scalar ({@code 42} a number, {@code true} a boolean, an empty cell null); a quoted cell
 * stays text.
 */
final class CsvExamples {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private final String name;
    private final String text;

    CsvExamples(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The rows, header names as keys; empty after adding problems. */
    List<Map<String, Object>> rows(Problems problems) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add(parseErrorPosition(cause), "bad CSV: " + withoutStartLine(cause.getMessage()),
                    "a quoted cell needs its closing quote; a quote inside one is written as \"\"");
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(new Position(name, 1, 1), "examples file is empty", "the first line names the columns");
            return List.of();
        }
        List<String> header = records.get(0).toList();
        int before = problems.size();
        checkHeader(header, problems);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                problems.add(at(record), "row has " + cells(record.size()) + ", the header has " + header.size(),
                        "give every row one cell per column; quote a cell that holds a comma");
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            boolean[] quoted = quotedCells(record);
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), quoted[i] ? record.get(i) : PlainScalars.of(record.get(i)));
            }
            rows.add(row);
        }
        if (records.size() == 1 && problems.size() == before) {
            problems.add(new Position(name, 1, 1), "examples file has no rows, only its header",
                    "add a row per run; without rows the scenario would run once, with none of the columns");
        }
        return problems.size() > before ? List.of() : rows;
    }

    private void checkHeader(List<String> header, Problems problems) {
        Position first = new Position(name, 1, 1);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                problems.add(first, "header cell " + (i + 1) + " is empty", "the first line names every column");
                continue;
            }
            int earlier = header.subList(0, i).indexOf(column);
            if (earlier >= 0) {
                problems.add(first, "duplicate column '" + column + "' (header cells " + (earlier + 1) + " and " + (i + 1) + ")",
                        "give each column its own name");
            }
        }
    }

    /**
     * Which cells of the record were written in quotes (the parser does not tell): read from the record's start in the
     * text, skipping a quoted cell's content ({@code ""} inside is a quote) so that its commas and line breaks count
     * for nothing.
     */
    private boolean[] quotedCells(CSVRecord record) {
        boolean[] out = new boolean[record.size()];
        int i = (int) record.getCharacterPosition();
        int end = text.length();
        while (i < end && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) i++; // empty lines before the record
        for (int cell = 0; cell < out.length && i < end; cell++) {
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            if (i < end && text.charAt(i) == '"') {
                out[cell] = true;
                for (i++; i < end; i++) {
                    if (text.charAt(i) != '"') continue;
                    if (i + 1 < end && text.charAt(i + 1) == '"') i++;
                    else break;
                }
            }
            while (i < end && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
            i++;
        }
        return out;
    }

    private Position at(CSVRecord record) {
        return SourceFiles.position(name, text, (int) record.getCharacterPosition());
    }

    private static String cells(int n) {
        return n == 1 ? "1 cell" : n + " cells";
    }

    /**
     * The parser names the line where the bad token (e.g. an unterminated quoted cell) starts; the column is that of
     * the quote still open at the end of that line.
     */
    private Position parseErrorPosition(IOException e) {
        Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) return new Position(name, 1, 1);
        int line = Integer.parseInt(m.group(1));
        List<String> lines = text.lines().toList();
        String source = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        int open = -1;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '"') open = open < 0 ? i : -1;
        }
        return new Position(name, line, open < 0 ? 1 : source.codePointCount(0, open) + 1);
    }

    private static String withoutStartLine(String message) {
        String m = START_LINE.matcher(String.valueOf(message)).replaceAll("").trim();
        return m.isEmpty() ? "unreadable" : m;
    }
}
