package dev.analyze.cli;

/** A usage problem found after parsing (no document given, bad selector): exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
