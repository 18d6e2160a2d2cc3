package io.harmsway.ops.bundle;

import java.util.List;

/** What a bundle's verification checked, in order, and the first failure (null when every check passed). */
public record BundleVerification(List<String> checked, String failure) {

    public boolean passed() {
        return failure == null;
    }
}
