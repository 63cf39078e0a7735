package org.bilateral.extraction.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Purchases a Vietnamese sentence reports: an order or a purchase agreement ("đơn đặt hàng 200 chiếc trị giá 25 tỷ
 * USD với Boeing", "ký hợp đồng mua 50 máy bay", "thỏa thuận mua 1,5 triệu tấn ngô") with a named buyer and a number
 * or a value, read the Vietnamese way ("8,1 tỷ USD" is 8,100,000,000; "1.000 tấn" is a thousand). A general promise to
 * buy more ("tăng mua hàng hóa Mỹ"), a planned purchase ("sẽ mua", "dự kiến mua") and investment or financing ("đầu
 * tư", "tài trợ", "khoản vay") are not purchases.
 */
final class VietnamesePurchases {

    /** A purchase read from one sentence. */
    record Purchase(String buyer, @Nullable String seller, @Nullable String item, @Nullable Long quantity, @Nullable String unit,
                    @Nullable BigDecimal valueUsd) {
    }

    private static final String L = "(?<![\\p{L}\\p{M}])";
    private static final Pattern CUE = Pattern.compile("(?iu)" + L + "(?:đơn đặt hàng|đơn hàng|đặt mua|đặt hàng|hợp đồng mua(?: bán)?|thỏa thuận mua|thoả thuận mua|"
            + "biên bản ghi nhớ (?:về việc )?mua|cam kết mua|ký kết mua|ký mua|mua(?!\\s+(?:lại|cổ phần|bán sáp nhập)))(?![\\p{L}\\p{M}])");
    private static final Pattern NOT_BOUGHT = Pattern.compile("(?iu)" + L + "(?:sẽ|dự kiến|có kế hoạch|kế hoạch|xem xét|đang đàm phán|tăng mua|mua thêm hàng|đề nghị)(?=\\s)");
    private static final Pattern AMOUNT = Pattern.compile("(?iu)(?:US\\$|\\$)?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn)?\\s*(?:USD|đô la Mỹ|đôla Mỹ|đô la|đồng đô la)(?![\\p{L}])");
    private static final Pattern QUANTITY = Pattern.compile("(?iu)" + L + "(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(triệu tấn|nghìn tấn|tấn|chiếc|máy bay|tàu bay|đầu máy|động cơ|tua-bin|tuabin|con)(?![\\p{L}\\p{M}])");
    private static final Pattern SELLER = Pattern.compile("(?iu)" + L + "(?:với|từ|của)\\s+(?:hãng\\s+|tập đoàn\\s+)?(?=\\p{Lu})");
    private static final Pattern AIRCRAFT = Pattern.compile("(?iu)" + L + "(?:máy bay|tàu bay|Boeing|Airbus)(?![\\p{L}\\p{M}])");
    private static final Pattern AND_BETWEEN = Pattern.compile("(?:\\([^()]{1,40}\\))?\\s+và\\s+$");
    private static final Pattern FIRST_WORD = Pattern.compile("\\S+");
    private static final Pattern MAKER_AFTER_ITEM = Pattern.compile("(?iu)" + L + "(?:máy bay|tàu bay|động cơ|đầu máy)\\s+(?=\\p{Lu})");

    private VietnamesePurchases() {
    }

    static List<Purchase> in(String sentence) {
        List<Purchase> out = new ArrayList<>();
        Matcher cue = CUE.matcher(sentence);
        if (!cue.find()) {
            return out;
        }
        if (NOT_BOUGHT.matcher(sentence).region(Math.max(0, cue.start() - 25), Math.min(sentence.length(), cue.end() + 1)).find()) {
            return out;
        }
        Matcher q = QUANTITY.matcher(sentence);
        Long quantity = null;
        String unit = null;
        if (q.find(Math.max(0, cue.start() - 40))) {
            BigDecimal n = number(q.group(1));
            String u = q.group(2).toLowerCase(Locale.ROOT);
            BigDecimal scale = u.startsWith("triệu") ? BigDecimal.valueOf(1_000_000) : u.startsWith("nghìn") ? BigDecimal.valueOf(1_000) : BigDecimal.ONE;
            quantity = n.multiply(scale).longValue();
            unit = u.contains("tấn") ? "tonnes" : AIRCRAFT.matcher(sentence).find() && (u.equals("chiếc") || u.contains("bay")) ? "aircraft" : u;
        }
        Matcher a = AMOUNT.matcher(sentence);
        BigDecimal value = null;
        if (a.find()) {
            value = number(a.group(1)).multiply(scale(a.group(2)));
        }
        if (quantity == null && value == null) {
            return out;
        }
        String buyer = buyer(sentence, cue.start());
        if (buyer == null) {
            return out;
        }
        String seller = null;
        Matcher s = SELLER.matcher(sentence);
        if (s.find(cue.end())) {
            VietnameseNames.Organisation o = VietnameseNames.organisationAt(sentence, s.end());
            seller = o == null ? null : o.name();
        }
        if (seller == null) {
            // "A (AA) và B đã ký kết thỏa thuận mua…": B sells to A
            for (VietnameseNames.Organisation o : VietnameseNames.organisations(sentence)) {
                if (o.start() < cue.start() && !o.name().equals(buyer)
                        && AND_BETWEEN.matcher(sentence.substring(0, o.start())).find()) {
                    seller = o.name();
                    break;
                }
            }
        }
        if (seller == null) {
            Matcher m = MAKER_AFTER_ITEM.matcher(sentence);
            if (m.find()) {
                int end = VietnameseNames.nameEnd(sentence, m.end());
                seller = end > m.end() ? FIRST_WORD.matcher(sentence).region(m.end(), end).results().findFirst().map(r -> r.group()).orElse(null) : null;
            }
        }
        String item = "aircraft".equals(unit) ? "aircraft" : unit == null ? null : q.group(2);
        out.add(new Purchase(buyer, seller, item, quantity, unit, value));
        return out;
    }

    /** The buyer: an organisation named before the purchase's words, the first one (the sentence's subject). */
    private static @Nullable String buyer(String s, int before) {
        for (VietnameseNames.Organisation o : VietnameseNames.organisations(s)) {
            if (o.start() < before) {
                return o.name();
            }
        }
        VietnameseNames.Organisation first = VietnameseNames.organisationAt(s, VietnameseTitles.skipSpaces(s, 0));
        if (first != null && first.end() < before && VietnameseTitles.in(s.substring(0, first.end())).isEmpty()) {
            return first.name();
        }
        return null;
    }

    /** "8,1" is 8.1 and "1.000" is 1000: Vietnamese writes the decimal comma and the thousands dot. */
    static BigDecimal number(String text) {
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal scale(@Nullable String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("tỷ")) {
            return w.startsWith("nghìn") || w.startsWith("ngàn") ? new BigDecimal("1000000000000") : new BigDecimal("1000000000");
        }
        return w.equals("triệu") ? new BigDecimal("1000000") : new BigDecimal("1000");
    }
}
