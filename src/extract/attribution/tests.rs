use super::*;
use crate::article::Article;
use crate::extract::index_article;

/// Every attribution of `text` as "source <- cue [via X] [of Y]", or
/// "(unnamed: desc)" / "(he?)" when not resolved.
fn atts(text: &str) -> Vec<String> {
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
    let all = index_article(&article, None).attributions;
    all.iter()
        .map(|a| {
            let who = match (&a.source, &a.speaker) {
                (Some(s), _) => s.clone(),
                (None, Speaker::Unnamed(d)) => format!("(unnamed: {d})"),
                (None, Speaker::Pronoun(p)) => format!("({p}?)"),
                (None, Speaker::Named { name, .. }) => name.clone(),
            };
            let mut out = format!("{who} <- {}", a.cue);
            if let Some(v) = &a.via {
                out += &format!(" via {v}");
            }
            if let Some(f) = &a.affiliation {
                out += &format!(" of {f}");
            }
            for alias in &a.aliases {
                out += &format!(" aka {alias}");
            }
            out
        })
        .collect()
}

#[test]
fn according_to_names_the_source_and_its_acronym() {
    assert_eq!(
        atts("The US conducted more than 300 airstrikes, according to the Armed Conflict Location and Event Data Project (ACLED)."),
        ["Armed Conflict Location and Event Data Project <- according to aka ACLED"]
    );
    assert_eq!(atts("According to UN data, ISKP has up to 6,000 fighters."), ["UN <- according to"]);
    assert_eq!(atts("According to the Wall Street Journal, it grew."), ["Wall Street Journal <- according to"]);
    assert_eq!(
        atts("According to a 2018 report by the Washington-based Centre for Strategic and International Studies, it had support."),
        ["Centre for Strategic and International Studies <- according to … by"]
    );
    assert_eq!(
        atts("According to a voter registration card found by Afghan security forces, he is 31 years old."),
        ["(unnamed: a voter registration card found by Afghan security forces) <- according to"]
    );
}

#[test]
fn speech_verbs_credit_their_subject() {
    assert_eq!(atts("Meanwhile, the United Nations said IS continues."), ["United Nations <- said"]);
    assert_eq!(
        atts("The current affairs magazine Foreign Policy estimates that ISKP is small."),
        ["Foreign Policy <- estimates"]
    );
    assert_eq!(
        atts("The UN Assistance Mission in Afghanistan documented 77 attacks against US forces."),
        ["UN Assistance Mission in Afghanistan <- documented"]
    );
    assert_eq!(atts("In late 2021, the news website Politico showed how they competed."), ["Politico <- showed"]);
}

#[test]
fn titles_and_appositives_are_not_the_source() {
    assert_eq!(
        atts("In October 2021, Foreign Minister Amir Khan Muttaqi told Reuters that the government \"is able to control the threat.\""),
        ["Amir Khan Muttaqi <- told via Reuters"]
    );
    assert_eq!(
        atts("Clarke, a senior research fellow and director of policy at the Soufan Centre, estimated that ISKP had up to 2,200 fighters."),
        ["Clarke <- estimated of Soufan Centre"]
    );
    assert_eq!(
        atts("Bradley Bowman of the Centre on Military and Political Power at the Foundation for Defence of Democracies described ISKP as \"horrible\"."),
        ["Bradley Bowman <- described … as of Centre on Military and Political Power at the Foundation for Defence of Democracies"]
    );
    assert_eq!(
        atts("Afghan affairs specialist Rina Amiri told Foreign Affairs magazine in November 2021 that ISKP was growing."),
        ["Rina Amiri <- told via Foreign Affairs"]
    );
    assert_eq!(
        atts("ABC News interviewed Colin Clarke, a counterterrorism expert, who said ISKP followed a decentralised structure."),
        ["Colin Clarke <- said"]
    );
}

#[test]
fn inverted_and_quoted_forms() {
    assert_eq!(
        atts("\"He ended up better positioned,\" said Ex-Trac, an organisation that analyses threats."),
        ["Ex-Trac <- said"]
    );
    assert_eq!(
        atts("A CBS News report from October 2021 quoted sources as saying that ISKP was \"working deliberately\"."),
        ["CBS News <- quoted … as saying"]
    );
}

#[test]
fn unnamed_sources_stay_unnamed() {
    assert_eq!(
        atts("The former officials say he kept his identity hidden."),
        ["(unnamed: The former officials) <- say"]
    );
    assert_eq!(atts("One security source said he met the deputy."), ["(unnamed: One security source) <- said"]);
    assert_eq!(
        atts("But two former Afghan officials told CBS that Shahab was a veteran."),
        ["(unnamed: two former Afghan officials) <- told via CBS"]
    );
}

#[test]
fn pronouns_carry_back_to_the_last_named_speaker() {
    let text = "Clarke, of the Soufan Centre, said the Taliban will benefit.\n\nHe added that it was \"a threat\".\n\nIt is unclear.\n\n\"I don't think so,\" he said.";
    assert_eq!(atts(text), ["Clarke <- said of Soufan Centre", "Clarke <- added of Soufan Centre", "(he?) <- said"]);
}

#[test]
fn a_resolved_pronoun_names_its_speaker_again() {
    let text = "Bowman said it was bad.\n\nHe added more.\n\nHe suggests bases.";
    assert_eq!(atts(text), ["Bowman <- said", "Bowman <- added", "Bowman <- suggests"]);
}

#[test]
fn it_resolves_to_an_organisation_past_a_heading() {
    let text = "\"He did well,\" said Ex-Trac, an organisation.\n\nHiding in plain sight\n\nIt said his leadership \"culminated in change\".";
    assert_eq!(atts(text), ["Ex-Trac <- said", "Ex-Trac <- said"]);
}

#[test]
fn claims_of_responsibility_and_object_clauses_are_not_attributions() {
    assert!(atts("The attack, which IS-KP claimed, killed 137 people.").is_empty());
    assert!(atts("IS claimed responsibility for the attack.").is_empty());
    assert!(atts("\"I don't think the US can trust Pakistan,\" which was said.").is_empty());
}
