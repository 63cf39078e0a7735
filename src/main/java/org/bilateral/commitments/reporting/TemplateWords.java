package org.bilateral.commitments.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilateral.commitments.DealStage;
import org.springframework.context.MessageSource;

/**
 * The reporting template's words in the reporter's language: its sheets' names, its columns' headings, the About sheet's
 * lines and the stages as its drop-down lists them, from the messages of that language. The use case knows each sheet by
 * its English name ({@link ReportingTemplate#PROGRESS}); a workbook names it in its own language.
 */
record TemplateWords(Locale locale, String about, String progress, String forecasts, List<String> progressColumns,
                     List<String> forecastColumns, String title, String period, String enterprises, String stages, String how,
                     String howText, List<String> stageLabels) {

    static final List<String> PROGRESS_KEYS = List.of("deal", "buyer", "seller", "goods", "stage", "deliveredQuantity", "deliveredValue",
            "milestones", "obstacles");
    static final List<String> FORECAST_KEYS = List.of("enterprise", "hsCode", "product", "year", "quantity", "unit", "value");

    static TemplateWords of(MessageSource messages, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        String about = say(messages, locale, "template.sheet.about");
        String progress = say(messages, locale, "template.sheet.progress");
        String forecasts = say(messages, locale, "template.sheet.forecasts");
        List<String> progressColumns = PROGRESS_KEYS.stream().map(k -> say(messages, locale, "template.column." + k)).toList();
        // the English stages as the register writes them ("MOU", "in delivery"), which DealStage.parse reads back
        List<String> stages = Arrays.stream(DealStage.values())
                .map(s -> english ? s.label() : say(messages, locale, "stage." + s.name())).toList();
        return new TemplateWords(locale, about, progress, forecasts, progressColumns,
                FORECAST_KEYS.stream().map(k -> say(messages, locale, "template.column." + k)).toList(),
                say(messages, locale, "template.title"), say(messages, locale, "template.period"),
                say(messages, locale, "template.enterprises"), say(messages, locale, "template.stages"), say(messages, locale, "template.how"),
                messages.getMessage("template.howText", new Object[] {progress, forecasts, progressColumns.get(0)}, locale), stages);
    }

    private static String say(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }

    /** The sheet the use case knows by its English name, as this language names it. */
    String shown(String sheet) {
        return switch (sheet) {
            case ReportingTemplate.ABOUT -> about;
            case ReportingTemplate.PROGRESS -> progress;
            default -> forecasts;
        };
    }

    /** The use case's name of a sheet this language names so; empty for a sheet of none. */
    Optional<String> known(String name) {
        for (String sheet : List.of(ReportingTemplate.ABOUT, ReportingTemplate.PROGRESS, ReportingTemplate.FORECASTS)) {
            if (shown(sheet).equals(name)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    List<String> columns(String sheet) {
        return sheet.equals(ReportingTemplate.PROGRESS) ? progressColumns : forecastColumns;
    }

    String stage(DealStage stage) {
        return stageLabels.get(stage.ordinal());
    }

    /** The stage this language's drop-down lists under these words, whatever their case; empty for none. */
    Optional<DealStage> stageOf(String text) {
        for (DealStage stage : DealStage.values()) {
            if (stage(stage).equalsIgnoreCase(text.strip())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
