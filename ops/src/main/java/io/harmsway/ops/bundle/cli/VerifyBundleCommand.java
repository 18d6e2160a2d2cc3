package io.harmsway.ops.bundle.cli;

import io.harmsway.ops.bundle.BundleVerification;
import io.harmsway.ops.bundle.BundleVerifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./audit verify-bundle BUNDLE.json --public-key KEY.pem}: checks a case bundle offline,
 * with no database and no application, prints each check and exits 0 when all pass, 1 naming the
 * first failure, 2 when asked wrongly.
 */
public final class VerifyBundleCommand {

    static final String USAGE = "usage: audit verify-bundle BUNDLE.json --public-key KEY.pem";

    private VerifyBundleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 4 || !args[0].equals("verify-bundle") || !args[2].equals("--public-key")) {
            err.println(USAGE);
            return 2;
        }
        byte[] bundle;
        String key;
        try {
            bundle = Files.readAllBytes(Path.of(args[1]));
            key = Files.readString(Path.of(args[3]), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException unreadable) {
            err.println("cannot read " + unreadable.getMessage());
            return 2;
        }
        BundleVerification verification = new BundleVerifier().verify(bundle, key);
        verification.checked().forEach(line -> out.println("ok   " + line));
        if (!verification.passed()) {
            err.println("FAIL " + verification.failure());
            return 1;
        }
        return 0;
    }
}
