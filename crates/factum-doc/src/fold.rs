//! The matching forms of names: Latin letters with diacritics spelled in ASCII, as English
//! news and the PETRARCH/Phoenix dictionaries write most names ("Bogota" for "Bogotá").
//! One table ([`fold_letter`]) serves the dictionaries' phrase units (`factum-dict`) and
//! the gazetteer's keys (`factum-geo`), so a name folds the same way in every stage.

use std::borrow::Cow;

/// `word` with the diacritics of Latin letters removed ("Bogotá" → "Bogota", "Erdoğan" →
/// "Erdogan", "Łódź" → "Lodz", "Reykjavík" → "Reykjavik"), for matching names against
/// dictionaries written in ASCII, as English news writes most of them. Letters with no
/// diacritic to remove are spelled as English writes them (ß → ss, æ → ae, þ → th); other
/// scripts are kept, and so is case. Borrows ASCII input.
pub fn fold_diacritics(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_combining_mark(c) {
            continue; // text not in NFC
        }
        let mut lower = c.to_lowercase();
        let folded = match (lower.next(), lower.next()) {
            (Some(l), None) => fold_letter(l),
            _ => None,
        };
        match folded {
            Some(rep) if c.is_uppercase() => out.push_str(&rep.to_uppercase()),
            Some(rep) => out.push_str(rep),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `c` is a combining diacritical mark (U+0300–U+036F), which a name written
/// decomposed carries after its letter ("e" + U+0301 for "é"): matching drops it.
pub fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The ASCII spelling of a lower-case Latin letter with a diacritic ("é" → "e", "ł" → "l",
/// "ß" → "ss"); `None` for any other character. The one table of factum's name matching:
/// the dictionaries' phrase units ([`fold_diacritics`]) and the gazetteer's keys.
pub fn fold_letter(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ậ'
        | 'ắ' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ḍ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ế' | 'ề' | 'ệ' => {
            "e"
        }
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'ǧ' => "g",
        'ĥ' | 'ħ' | 'ḥ' | 'ḩ' | 'ẖ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' | 'ḳ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ṇ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ố' | 'ồ' | 'ộ' | 'ơ'
        | 'ớ' | 'ờ' => "o",
        'ŕ' | 'ŗ' | 'ř' | 'ṛ' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ụ' | 'ư' | 'ứ' | 'ừ' => {
            "u"
        }
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' => "y",
        'ź' | 'ż' | 'ž' | 'ẓ' | 'ẕ' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_of_latin_letters_only() {
        assert_eq!(fold_diacritics("Bogotá"), "Bogota");
        assert_eq!(fold_diacritics("Erdoğan"), "Erdogan");
        assert_eq!(fold_diacritics("Łódź"), "Lodz");
        assert_eq!(fold_diacritics("Tórshavn"), "Torshavn");
        assert_eq!(fold_diacritics("Søren Straße"), "Soren Strasse");
        assert_eq!(fold_diacritics("Diyarbakır"), "Diyarbakir");
        // NFC or decomposed input alike; other scripts kept.
        assert_eq!(fold_diacritics("Cafe\u{301}"), "Cafe");
        assert_eq!(fold_diacritics("Москва"), "Москва");
        assert!(matches!(fold_diacritics("Kyiv"), Cow::Borrowed(_)));
    }
}
