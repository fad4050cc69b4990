package io.planwatch.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one bundle of user-facing messages ({@code i18n/messages.properties}, English, and
 * {@code i18n/messages_zh.properties}, Chinese): problem titles and details, field and row errors. A message is
 * looked up by key in the language of the request being answered ({@link RequestLanguage}); outside a request
 * (start-up, a test of a plain class) it is English. Placeholders are {@code {0}}, {@code {1}} …, replaced by the
 * arguments as written — not {@link java.text.MessageFormat}, which would print the year 2023 as "2,023" and eat
 * apostrophes.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.CHINESE;
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The message in the language of the current request. */
    public static String text(String key, Object... args) {
        return text(current(), key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            pattern =
                    bundle(Locale.ROOT).getString(key); // a key missing in zh falls back to English; unknown keys fail
        }
        return fill(pattern, args);
    }

    /** The language the current request is answered in; English outside a request. */
    public static Locale current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Locale.ENGLISH;
        }
        return container.instance(RequestLanguage.class).get().locale();
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale lookup = locale.getLanguage().equals(CHINESE.getLanguage()) ? CHINESE : Locale.ROOT;
        ClassLoader loader = Messages.class.getClassLoader();
        return ResourceBundle.getBundle(BUNDLE, lookup, loader, NO_FALLBACK);
    }

    private static String fill(String pattern, Object[] args) {
        String text = pattern;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
