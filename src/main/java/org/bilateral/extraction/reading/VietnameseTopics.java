package org.bilateral.extraction.reading;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilateral.policy.PolicyTopic;

/**
 * The policy issues a Vietnamese report raises, by the words the Vietnamese press uses for them: "quy chế kinh tế thị
 * trường" and "công nhận Việt Nam là kinh tế thị trường"; "danh sách kiểm soát xuất khẩu", the D1/D3 groups and
 * "hạn chế xuất khẩu … công nghệ cao"; "gian lận xuất xứ", "chuyển tải bất hợp pháp", "lẩn tránh thuế"; "thuế đối
 * ứng", "thuế quan", "mức thuế". The agreement's name alone ("Hiệp định thương mại đối ứng") is no tariff issue, as in
 * the English contract: it names talks, not a duty.
 */
final class VietnameseTopics {

    private static final String W = "(?<![\\p{L}\\p{M}])";
    private static final String E = "(?![\\p{L}\\p{M}])";

    private static final Pattern MARKET_ECONOMY = Pattern.compile("(?iu)" + W + "(?:quy chế|công nhận[^.;]{0,40}?là|là)\\s+kinh tế thị trường" + E);
    private static final Pattern EXPORT_CONTROLS = Pattern.compile("(?iu)" + W + "(?:kiểm soát xuất khẩu|danh sách thực thể|nhóm\\s+D\\s*:?\\s*[13]|danh sách D\\s*:?\\s*[13]"
            + "|D1\\s*/\\s*D3|hạn chế xuất khẩu[^.;]{0,60}?công nghệ cao|hạn chế xuất khẩu công nghệ|xuất khẩu hàng công nghệ cao)" + E);
    private static final Pattern TRADE_FRAUD = Pattern.compile("(?iu)" + W + "(?:gian lận xuất xứ|gian lận thương mại|chuyển tải bất hợp pháp|chuyển tải hàng hóa|chuyển tải hàng hoá"
            + "|lẩn tránh thuế|trốn thuế|né thuế|mạo danh xuất xứ|giả mạo xuất xứ)" + E);
    private static final Pattern TARIFFS = Pattern.compile("(?iu)" + W + "(?:thuế đối ứng|thuế quan|mức thuế|thuế suất|thuế nhập khẩu|áp thuế|thuế bổ sung|hàng rào thuế)" + E);

    private VietnameseTopics() {
    }

    static Set<PolicyTopic> issues(String sentence) {
        Set<PolicyTopic> out = EnumSet.noneOf(PolicyTopic.class);
        if (MARKET_ECONOMY.matcher(sentence).find()) {
            out.add(PolicyTopic.MARKET_ECONOMY_STATUS);
        }
        if (EXPORT_CONTROLS.matcher(sentence).find()) {
            out.add(PolicyTopic.EXPORT_CONTROLS);
        }
        if (TRADE_FRAUD.matcher(sentence).find()) {
            out.add(PolicyTopic.TRADE_FRAUD);
        }
        if (TARIFFS.matcher(sentence).find()) {
            out.add(PolicyTopic.TARIFFS);
        }
        return out;
    }
}
