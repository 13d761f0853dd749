package org.dossier.entities.figures;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Currency symbols, codes and names, and the ISO 4217 code each stands for.
 *
 * <p>Choices where the writing is ambiguous: a bare {@code $} is US dollars; {@code ¥} is yen
 * unless written {@code CN¥} or followed by {@code yuan}; {@code Rs} is Indian rupees; the word
 * {@code pounds} alone is a weight, not money ({@code £}, {@code pounds sterling} and {@code British
 * pounds} are sterling); a bare {@code pesos}, {@code francs}, {@code kroner} or {@code rials}
 * names no single currency and is left as a counted noun, and so are words that are also names or
 * adjectives ({@code real}, {@code dong}, {@code lari}); {@code reais} is Brazil's, and the qualified
 * forms ({@code Vietnamese dong}) are read.
 */
final class Currencies {

    /** Letters glued before {@code $}: {@code US$}, {@code S$}, {@code HK$}. */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(
            Map.entry("", "USD"), Map.entry("US", "USD"), Map.entry("U.S.", "USD"), Map.entry("S", "SGD"),
            Map.entry("A", "AUD"), Map.entry("AU", "AUD"), Map.entry("C", "CAD"), Map.entry("CA", "CAD"),
            Map.entry("HK", "HKD"), Map.entry("NZ", "NZD"), Map.entry("NT", "TWD"), Map.entry("R", "BRL"),
            Map.entry("MX", "MXN"));
    /** One-character currency signs other than the dollar. */
    private static final Map<String, String> SIGNS = Map.ofEntries(
            Map.entry("\u20ac", "EUR"), Map.entry("\u00a3", "GBP"), Map.entry("\u00a5", "JPY"),
            Map.entry("\u20b9", "INR"), Map.entry("\u20a9", "KRW"), Map.entry("\u20bd", "RUB"),
            Map.entry("\u20b4", "UAH"), Map.entry("\u20ba", "TRY"), Map.entry("\u20aa", "ILS"),
            Map.entry("\u20b1", "PHP"), Map.entry("\u0e3f", "THB"), Map.entry("\u20a6", "NGN"));
    /** Words written before the number: {@code Rs 2,000 crore}, {@code USD 5 million}, {@code RMB 3bn}. */
    private static final Map<String, String> WORD_PREFIXES = Map.ofEntries(
            Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("rp", "IDR"), Map.entry("rm", "MYR"),
            Map.entry("rmb", "CNY"), Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"),
            Map.entry("jpy", "JPY"), Map.entry("cny", "CNY"), Map.entry("inr", "INR"), Map.entry("aud", "AUD"),
            Map.entry("cad", "CAD"), Map.entry("sgd", "SGD"), Map.entry("hkd", "HKD"), Map.entry("chf", "CHF"),
            Map.entry("krw", "KRW"), Map.entry("rub", "RUB"), Map.entry("nzd", "NZD"), Map.entry("sek", "SEK"),
            Map.entry("nok", "NOK"), Map.entry("dkk", "DKK"), Map.entry("zar", "ZAR"), Map.entry("brl", "BRL"),
            Map.entry("mxn", "MXN"), Map.entry("uah", "UAH"), Map.entry("pln", "PLN"), Map.entry("ils", "ILS"),
            Map.entry("aed", "AED"), Map.entry("sar", "SAR"), Map.entry("pkr", "PKR"), Map.entry("twd", "TWD"),
            Map.entry("myr", "MYR"), Map.entry("idr", "IDR"), Map.entry("thb", "THB"), Map.entry("php", "PHP"));
    /** Currency names written after the number: {@code 500 billion won}, {@code 3 million euros}. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("won", "KRW"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"), 
            Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"),
            Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"), Map.entry("lira", "TRY"),
            Map.entry("rand", "ZAR"), Map.entry("naira", "NGN"), Map.entry("dirham", "AED"),
            Map.entry("dirhams", "AED"), Map.entry("riyal", "SAR"), Map.entry("riyals", "SAR"),
            Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"), Map.entry("reais", "BRL"),
            Map.entry("kronor", "SEK"), Map.entry("forint", "HUF"), Map.entry("forints", "HUF"),
            Map.entry("koruna", "CZK"), Map.entry("tenge", "KZT"), Map.entry("kyat", "MMK"));
    /** Words before a currency name that change the country: {@code Australian dollars}. */
    private static final Map<String, String> QUALIFIED_NAMES = Map.ofEntries(
            Map.entry("australian dollars", "AUD"), Map.entry("singapore dollars", "SGD"),
            Map.entry("canadian dollars", "CAD"), Map.entry("hong kong dollars", "HKD"),
            Map.entry("new zealand dollars", "NZD"), Map.entry("taiwan dollars", "TWD"),
            Map.entry("us dollars", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("british pounds", "GBP"),
            Map.entry("pounds sterling", "GBP"), Map.entry("swiss francs", "CHF"),
            Map.entry("mexican pesos", "MXN"), Map.entry("philippine pesos", "PHP"),
            Map.entry("pakistani rupees", "PKR"), Map.entry("sri lankan rupees", "LKR"),
            Map.entry("north korean won", "KPW"), Map.entry("south korean won", "KRW"),
            Map.entry("chinese yuan", "CNY"), Map.entry("japanese yen", "JPY"),
            Map.entry("brazilian real", "BRL"), Map.entry("brazilian reais", "BRL"),
            Map.entry("swedish kronor", "SEK"), Map.entry("swedish krona", "SEK"),
            Map.entry("norwegian kroner", "NOK"), Map.entry("norwegian krone", "NOK"),
            Map.entry("danish kroner", "DKK"), Map.entry("danish krone", "DKK"),
            Map.entry("czech koruna", "CZK"), Map.entry("hungarian forint", "HUF"),
            Map.entry("iranian rials", "IRR"), Map.entry("iranian rial", "IRR"),
            Map.entry("vietnamese dong", "VND"), Map.entry("kazakh tenge", "KZT"));

    private Currencies() {}

    /** The code for {@code $} with {@code letters} glued before it ({@code ""} for a bare sign). */
    static Optional<String> dollar(String letters) {
        return Optional.ofNullable(DOLLAR_PREFIXES.get(letters));
    }

    /** The code for a one-character sign such as {@code €}. */
    static Optional<String> sign(String symbol) {
        return Optional.ofNullable(SIGNS.get(symbol));
    }

    /** The code for a word written before the number ({@code Rs}, {@code USD}); codes must be upper case. */
    static Optional<String> prefixWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean code = lower.length() == 3 && !lower.endsWith(".") && !lower.equals("rmb");
        if (code && !word.equals(word.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORD_PREFIXES.get(lower));
    }

    /** The code for a currency name written after the number, given in lower case. */
    static Optional<String> name(String lower) {
        return Optional.ofNullable(NAMES.get(lower));
    }

    /** The code for a two- or three-word name such as {@code hong kong dollars}, in lower case. */
    static Optional<String> qualifiedName(String lower) {
        return Optional.ofNullable(QUALIFIED_NAMES.get(lower));
    }

    /** Every ISO 4217 code the tables can produce, sorted. */
    static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (Map<String, String> table : List.of(DOLLAR_PREFIXES, SIGNS, WORD_PREFIXES, NAMES, QUALIFIED_NAMES)) {
            codes.addAll(table.values());
        }
        return codes;
    }

    /** Whether {@code code} is a currency the JDK knows. */
    static boolean known(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
