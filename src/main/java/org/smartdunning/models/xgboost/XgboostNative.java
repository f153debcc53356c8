package org.smartdunning.models.xgboost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * XGBoost's native library, copied from its jar once per XGBoost version to a fixed cache folder
 * ({@code $XDG_CACHE_HOME} or {@code ~/.cache}, then {@code smart-dunning/native/xgboost4j-VERSION/OS-ARCH/};
 * {@code -Ddunning.native.dir=DIR} puts it under DIR instead) and loaded from there. XGBoost's own
 * loader copies it to a new temp file on every start, which a killed process leaves behind. Where the
 * cache cannot be written, XGBoost's own loader does as before.
 */
final class XgboostNative {
    private static final String LIBRARY = "xgboost4j";
    private static boolean attempted;

    private XgboostNative() {
    }

    /**
     * Loads the library unless done; call before the first XGBoost class is used.
     *
     * @throws UnsatisfiedLinkError when it cannot load here (no OpenMP runtime): the callers' fallback applies
     */
    static synchronized void load() {
        if (attempted) {
            return;
        }
        attempted = true;
        Path library = cachedCopy();
        if (library != null) {
            System.load(library.toString());
            markLoaded();
        }
    }

    /** The cached copy, made now when missing; null when the jar has no library for this platform or the cache is not writable. */
    private static Path cachedCopy() {
        String resource = "/lib/" + os() + "/" + arch() + "/" + System.mapLibraryName(LIBRARY);
        String version = version();
        if (version == null || XgboostNative.class.getResource(resource) == null) {
            return null;
        }
        Path dir = cacheRoot().resolve("xgboost4j-" + version).resolve(os() + "-" + arch());
        Path target = dir.resolve(System.mapLibraryName(LIBRARY));
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path part = null;
        try (InputStream in = XgboostNative.class.getResourceAsStream(resource)) {
            Files.createDirectories(dir);
            part = Files.createTempFile(dir, LIBRARY, ".part");
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            // another process may have finished the same copy meanwhile: the same bytes, either one is fine
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | UnsupportedOperationException e) {
            deleteQuietly(part);
            return null;
        }
    }

    private static Path cacheRoot() {
        String configured = System.getProperty("dunning.native.dir", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return cache.resolve("smart-dunning").resolve("native");
    }

    /** Tells XGBoost's loader its work is done, so it copies nothing to the temp folder. */
    private static void markLoaded() {
        try {
            var initialized = Class.forName("ml.dmlc.xgboost4j.java.NativeLibLoader").getDeclaredField("initialized");
            initialized.setAccessible(true);
            initialized.setBoolean(null, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another XGBoost version: its loader loads its own copy as well, which does no harm.
        }
    }

    private static String version() {
        try (InputStream in = XgboostNative.class.getResourceAsStream("/xgboost4j-version.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /** XGBoost's names for the operating system and processor in its jar's {@code lib/} folders. */
    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("mac") || name.contains("darwin") ? "macos" : name.contains("win") ? "windows" : "linux";
    }

    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x86_64";
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray .part file in the cache is harmless: it is never loaded
        }
    }
}
