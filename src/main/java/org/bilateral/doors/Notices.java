package org.bilateral.doors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a page says after it did something ("Target VN-2026 saved."), in the language of the page that asked: the one
 * way a door words its notice, so none is left in English on a Vietnamese page.
 */
@Component
public class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    public String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
