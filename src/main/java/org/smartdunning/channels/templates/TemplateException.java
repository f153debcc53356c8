package org.smartdunning.channels.templates;

/** A template that cannot be found, compiled or rendered; the message names the template and where it was looked for. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
