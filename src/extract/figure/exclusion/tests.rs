//! One test per exclusion, named after its rule, in sentences written for
//! them.

use crate::extract::figure::tests::reading;

/// The numbers of `text` that are turned away, as "words: rule".
fn rejected(text: &str) -> Vec<String> {
    reading(text).rejected.iter().map(|r| format!("{}: {}", &text[r.span.start..r.span.end], r.rule)).collect()
}

/// The figures of `text`, as written.
fn figures(text: &str) -> Vec<String> {
    reading(text).figures.iter().map(|f| text[f.span.start..f.span.end].to_string()).collect()
}

#[test]
fn glued_name() {
    assert_eq!(rejected("The G7 met and E4 showed it."), ["7: glued-name", "4: glued-name"]);
}

#[test]
fn hyphen_name() {
    assert_eq!(rejected("Covid-19 grounded the F-16."), ["19: hyphen-name", "16: hyphen-name"]);
}

#[test]
fn number_chain_and_leading_zero() {
    assert_eq!(rejected("Ring +1-222-2222 today."), ["1: number-chain"]);
    assert_eq!(rejected("Ring 0800 123 456 today."), ["0800: leading-zero"]);
}

#[test]
fn numbered_name() {
    assert_eq!(
        rejected("It aired on Channel 5 and Radio 4 after Apollo 13 flew."),
        ["5: numbered-name", "4: numbered-name", "13: numbered-name"]
    );
}

#[test]
fn rank() {
    assert_eq!(
        rejected(
            "The song slipped to number three, then sat at No. 7, and the firm is the world's number one carmaker."
        ),
        ["three: rank", "7: rank", "one: rank"]
    );
    assert_eq!(rejected("The single entered the chart at No 2."), ["2: rank"]);
    // "a number of" is no rank.
    assert_eq!(figures("A number of 12 candidates stood."), ["12"]);
}

#[test]
fn chart_position() {
    assert_eq!(
        rejected("Three bands reached the top ten, and two the top 20."),
        ["ten: chart-position", "20: chart-position"]
    );
    assert_eq!(figures("She listed the top 10 gadgets."), ["10"]);
}

#[test]
fn title_number() {
    assert_eq!(
        rejected("Fans queued for Toy Story 2 while Grand Theft Auto 3 sold and Final Fantasy 7 music played."),
        ["2: title-number", "3: title-number", "7: title-number"]
    );
    // A hyphenated name keeps its number whatever follows.
    assert_eq!(rejected("Gamers bought Half-Life 2 keys online."), ["2: title-number"]);
    assert_eq!(rejected("Half-Life 2 sold well."), ["2: title-number"]);
    // A word that is no count after it: a title.
    assert_eq!(rejected("The studio made Onimusha 3 earlier this year."), ["3: title-number"]);
    assert_eq!(rejected("The list is the Hot 100 chart."), ["100: title-number"]);
    // A plural noun after a single name is counted.
    assert_eq!(figures("In Basra 20 people were hurt."), ["20"]);
}

#[test]
fn station() {
    assert_eq!(rejected("He moved from 6 Music to 5 Live."), ["6: station", "5: station"]);
    assert_eq!(figures("The group owns 24 stations."), ["24"]);
}

#[test]
fn quoted_title() {
    assert_eq!(rejected("Her album \"19\" sold well."), ["19: quoted-title"]);
}

#[test]
fn codes_times_and_ordinals() {
    assert_eq!(rejected("It came 21st, at 10:30, on 9/11."), ["21: glued-suffix", "10: clock-time", "9: slash-pair"]);
    assert_eq!(rejected("The 10 O'clock News began at 9 pm."), ["10: time-of-day", "9: time-of-day"]);
}

#[test]
fn race_distance() {
    assert_eq!(
        rejected("She won the 800m, and her 1500m was a formality, like both the 400m and 200m."),
        ["800m: race-distance", "1500m: race-distance", "400m: race-distance", "200m: race-distance"]
    );
    // Millions that count something stay figures.
    assert_eq!(figures("The firm has 10m customers and the 200m users it counts."), ["10m", "200m"]);
}

#[test]
fn name_word() {
    assert_eq!(
        rejected("The show moved to BBC Four; Wales won the Six Nations."),
        ["Four: name-word", "Six: name-word"]
    );
    assert_eq!(rejected("Her single \"Two Hearts\" charted."), ["Two: name-word"]);
}

#[test]
fn pronoun_one() {
    assert_eq!(
        rejected("It is one of the best. No one came. A tough one."),
        ["one: pronoun-one", "one: pronoun-one", "one: pronoun-one"]
    );
}

#[test]
fn idiom_one() {
    assert_eq!(
        rejected("He did not say one word, and at one point put the plan to one side."),
        ["one: idiom-one", "one: idiom-one", "one: idiom-one"]
    );
    assert_eq!(figures("They have one more session."), ["one"]);
}

#[test]
fn match_score() {
    assert_eq!(rejected("United won 3-0 at home."), ["3-0: match-score"]);
}
