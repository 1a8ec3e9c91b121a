package dev.analyze.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180) or TSV: one header line, then one line per item. The first columns are the
 * schema version and the document, so several documents share one table and a reader can check
 * what it got. Control characters are neutralised.
 */
final class DelimitedRenderer implements Renderer {

    private final Output output;
    private final CSVPrinter printer;
    private boolean headerDone;

    DelimitedRenderer(Output output, boolean tabs) {
        this.output = output;
        CSVFormat format = tabs
                ? CSVFormat.TDF.builder().setRecordSeparator('\n').get()
                : CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try {
            this.printer = new CSVPrinter(output.out(), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(int documents) {
    }

    @Override
    public void write(Report<?> report) {
        write0(report);
    }

    private <T> void write0(Report<T> report) {
        // a report whose items name their document (word statistics of several) has the column already
        boolean ownDocument = report.columns().stream().anyMatch(c -> c.header().equals("document"));
        try {
            if (!headerDone) {
                List<String> header = new ArrayList<>();
                header.add("schema");
                if (!ownDocument) {
                    header.add("document");
                }
                for (Column<T> c : report.columns()) {
                    header.add(c.header());
                }
                printer.printRecord(header);
                headerDone = true;
            }
            for (T item : report.items()) {
                List<String> row = new ArrayList<>();
                row.add(report.schema());
                if (!ownDocument) {
                    row.add(TerminalText.cell(report.document()));
                }
                for (Column<T> c : report.columns()) {
                    row.add(TerminalText.cell(Cells.machine(c.value().apply(item))));
                }
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() {
        output.out().flush();
    }
}
