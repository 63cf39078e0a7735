package org.bilateral.tradestats.web;

import org.bilateral.reference.Sector;
import org.bilateral.tradestats.BalancePivot;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A product's name in the page's language where the workbench names it itself: a not-allocated line ("Not allocated:
 * chapter 94", "Chưa phân bổ: chương 94"); any other product keeps the name its nomenclature gives. Downloads and JSON
 * say it in English. Templates call it as {@code @productsSaid}, so that tables, the pivot both ways round and the
 * charts name a line alike.
 */
@Component("productsSaid")
public class ProductsSaid {

    private final MessageSource messages;

    ProductsSaid(MessageSource messages) {
        this.messages = messages;
    }

    /** The whole name: a not-allocated line's in the page's language, any other as labelled. */
    public String label(String code, String label) {
        return Sector.notAllocatedCode(code)
                .map(c -> messages.getMessage("sector.notAllocated." + c.length(), new Object[] {c}, LocaleContextHolder.getLocale()))
                .orElse(label);
    }

    /** The name short enough for a pivot's heading (the whole name on hover): a not-allocated line's is short already. */
    public String heading(BalancePivot.Product product) {
        return Sector.notAllocatedCode(product.code()).isPresent() ? label(product.code(), product.label()) : product.heading();
    }
}
