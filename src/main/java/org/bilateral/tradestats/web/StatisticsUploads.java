package org.bilateral.tradestats.web;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ImportReport;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.doors.Uploads;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page and the API take a set of uploaded files the same way: onto disk, through the one use case the command line
 * uses, all of them or none, and off disk again whatever happened.
 */
final class StatisticsUploads {

    /** The largest statistics file taken: a year of every partner's HS10 lines is about half of it. */
    static final long LARGEST_FILE = 512L << 20;

    record Result(List<ImportReport> imported, List<InputProblem> problems) {
    }

    private StatisticsUploads() {
    }

    static Result importAll(List<MultipartFile> parts, String user, Uploads uploads, StatisticsImports imports) {
        List<Uploads.Upload> received = new ArrayList<>();
        try {
            for (MultipartFile part : parts) {
                if (!part.isEmpty()) {
                    received.add(uploads.receive(part, LARGEST_FILE));
                }
            }
            if (received.isEmpty()) {
                return new Result(List.of(), List.of(new InputProblem("upload", null, null, Said.of("refusal.tradestats.noFileChosen"))));
            }
            List<ImportFile> files = received.stream().map(u -> new ImportFile(u.file(), u.name(), user)).toList();
            return new Result(imports.importFiles(files), List.of());
        } catch (InvalidInput e) {
            return new Result(List.of(), e.problems());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Result(List.of(), List.of(new InputProblem("upload", null, null, String.valueOf(e.getMessage()))));
        } finally {
            received.forEach(Uploads.Upload::close);
        }
    }
}
