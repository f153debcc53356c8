import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The physical floor of a decide run: every CSV of a data folder (history and batch) read and parsed once,
 * dates to day numbers and amounts to cents, the rest kept as the parser's strings; no checks, no store,
 * nothing kept. Once on one thread, then the files spread over two (largest first), each pass timed.
 * Usage: java -cp target/lib/fastcsv-*.jar bench/floor/ParseFloor.java DATA_FOLDER
 */
public final class ParseFloor {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        try (var history = Files.list(data.resolve("history"))) {
            history.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        files.add(data.resolve("batch.csv"));
        files.sort((a, b) -> Long.compare(size(b), size(a)));
        long start = System.nanoTime();
        long rows = 0;
        long checksum = 0;
        for (Path file : files) {
            long[] r = parse(file);
            rows += r[0];
            checksum += r[1];
        }
        double one = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<long[]>> parts = new ArrayList<>();
        for (Path file : files) {
            parts.add(two.submit(() -> parse(file)));
        }
        long again = 0;
        for (Future<long[]> part : parts) {
            again += part.get()[0];
        }
        two.shutdown();
        double both = (System.nanoTime() - start) / 1e9;
        System.out.printf("parse floor: %,d rows read and parsed in %.2f s on one thread (%,.0f rows/s), %.2f s on two"
                + " (%,d rows; checksum %d)%n", rows, one, rows / one, both, again, checksum);
    }

    /** Rows and a checksum of the parsed values (so none of the work can be skipped). */
    private static long[] parse(Path file) {
        long rows = 0;
        long sum = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord row : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                rows++;
                for (int i = 0; i < row.getFieldCount(); i++) {
                    sum += value(row.getField(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {rows, sum};
    }

    /** A date's day number, an amount's cents, else the text's length. */
    private static long value(String field) {
        int n = field.length();
        if (n == 10 && field.charAt(4) == '-' && field.charAt(7) == '-') {
            int year = digits(field, 0, 4);
            int month = digits(field, 5, 7);
            int day = digits(field, 8, 10);
            return year * 372L + month * 31L + day;
        }
        int dot = field.indexOf('.');
        if (n > 0 && dot > 0 && Character.isDigit(field.charAt(n - 1)) && (field.charAt(0) == '-' || Character.isDigit(field.charAt(0)))) {
            long cents = 0;
            for (int i = field.charAt(0) == '-' ? 1 : 0; i < n; i++) {
                char c = field.charAt(i);
                if (c != '.') {
                    cents = cents * 10 + (c - '0');
                }
            }
            return field.charAt(0) == '-' ? -cents : cents;
        }
        return n;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
