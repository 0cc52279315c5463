package net.mspbridge.host.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether this process talks to a person at a terminal, on any Java from 17 on. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard input and output are a terminal. Up to Java 21 {@link System#console()}
     * answers that by being null or not; from Java 22 it returns a console even when the output goes
     * to a file or a pipe, and {@code Console.isTerminal()} (called reflectively: the host is built
     * for 17) tells the two apart.
     */
    static boolean attached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
