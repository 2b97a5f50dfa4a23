//! Carry-over: pronouns and descriptions, and the aliases learned from the text.

use super::{atts, index};

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
fn a_title_tells_he_from_she() {
    let text = "Ms Hutt said lists were falling. Mr Morgan said he agreed.\n\nShe added that it took time.";
    assert_eq!(atts(text), ["Hutt <- said", "Morgan <- said", "Hutt <- added"]);
}

#[test]
fn a_person_named_in_between_leaves_the_pronoun_unresolved() {
    let text = "\"I think Blanchett will take it,\" said Mr Hale. Dench is the pick of Martin Keane, a critic.\n\n\
                \"It could go either way,\" he told the BBC News website.";
    assert_eq!(atts(text), ["Hale <- said", "(he?) <- told via BBC News"]);
}

#[test]
fn a_pronoun_two_paragraphs_away_stays_unresolved() {
    let text =
        "Clarke said ISKP will grow.\n\nISKP is against compromise.\n\nHe also suggested it may declare a caliphate.";
    assert_eq!(atts(text), ["Clarke <- said", "(he?) <- suggested"]);
}

#[test]
fn descriptions_stand_for_the_one_source_they_can_mean() {
    let text =
        "According to the Wall Street Journal, ISKP is a threat.\n\nThe US newspaper also highlighted its growth.";
    assert_eq!(atts(text), ["Wall Street Journal <- according to", "Wall Street Journal <- highlighted"]);
    let text =
        "Foreign Minister Amir Khan Muttaqi told Reuters the threat was contained. The minister added that 40 died.";
    assert_eq!(atts(text), ["Amir Khan Muttaqi <- told via Reuters", "Amir Khan Muttaqi <- added"]);
    let text = "Two former Afghan officials told CBS that Shahab was a veteran.\n\n\
                The former officials said he was trained in Pakistan.";
    assert_eq!(
        atts(text),
        ["(unnamed: Two former Afghan officials) <- told via CBS", "(unnamed: The former officials) <- said via CBS"]
    );
    // Two organisations credited in one sentence fit "the group" equally:
    // nothing is guessed. In two sentences, the later one is meant.
    let text = "The UN said 40 died, while Oxfam said 50 died.\n\nThe group said more would follow.";
    assert_eq!(atts(text), ["UN <- said", "Oxfam <- said", "(unnamed: The group) <- said"]);
    let text = "The UN said 40 died. Oxfam said 50 died.\n\nThe group said more would follow.";
    assert_eq!(atts(text), ["UN <- said", "Oxfam <- said", "Oxfam <- said"]);
}

#[test]
fn aliases_from_brackets_or_and_surnames() {
    let index = index(
        "US Central Command (CentCom) launched strikes. The Islamic State Khorasan Province, or ISKP, grew.\n\n\
         Colin Clarke said it was a threat. Clarke added that it would grow.",
    );
    let expand = |name: &str| index.aliases.expand(&[name.to_string()]);
    assert_eq!(expand("CentCom"), ["CentCom", "US Central Command"]);
    assert_eq!(expand("Islamic State Khorasan Province"), ["Islamic State Khorasan Province", "ISKP"]);
    assert_eq!(expand("Clarke"), ["Clarke", "Colin Clarke"]);
    assert_eq!(expand("the US Central Command's"), ["the US Central Command's", "CentCom"]);
    // ", or" needs the short form to be built from the name's words.
    assert_eq!(expand("Britain"), ["Britain"]);
}

#[test]
fn a_surname_shared_by_two_persons_links_to_neither() {
    let index = index("Colin Clarke said it grew. Kenneth Clarke said it shrank. Clarke added that it would end.");
    assert_eq!(index.aliases.expand(&["Clarke".to_string()]), ["Clarke"]);
}

#[test]
fn a_person_keeps_the_affiliation_given_once() {
    let text = "\"I'd be happy,\" said Charles Gant, film editor of Heat. \"She will win,\" said Mr Gant.";
    assert_eq!(atts(text), ["Charles Gant <- said of Heat aka Gant", "Gant <- said of Heat aka Charles Gant"]);
}

#[test]
fn a_pronoun_takes_the_last_person_named_as_a_subject_when_none_is_credited() {
    assert_eq!(
        atts("Sarah Jones, the party's leader, welcomed the move. She said: “It is a 5% rise.”"),
        ["Sarah Jones <- said"]
    );
    assert_eq!(
        atts("Britain’s finance minister, Anna Berg, welcomed the figures.\n\nShe said: “Growth reached 3%.”"),
        ["Anna Berg <- said"]
    );
    assert_eq!(
        atts("Jane Holt was arrested on Monday. The 45-year-old said she had done nothing wrong."),
        ["Jane Holt <- said"]
    );
}

#[test]
fn a_name_in_an_object_position_is_never_the_antecedent() {
    assert_eq!(
        atts("Tom Watson was angry about his remarks on Tony Blair. He said: \"It was a 10-point lead.\""),
        ["Tom Watson <- said"]
    );
    assert_eq!(
        atts("Mr Dobson said the plan would cost £4m, a figure disputed by Tony Blair. He added: \"It is 10% over.\""),
        ["Dobson <- said", "Dobson <- added"]
    );
}

#[test]
fn an_honorific_narrows_the_candidates_and_a_tie_stays_unresolved() {
    let text = "Mr Hale and Ms Okafor met union leaders on Monday. She said 30 staff would go.";
    assert_eq!(atts(text), ["Okafor <- said"]);
    let text = "Lord Hale and Baroness Reed spoke at the launch.\n\nShe said: ‘We expect 2,000 visitors.’";
    assert_eq!(atts(text), ["Reed <- said"]);
    // Two men named as subjects of one sentence fit "he" equally.
    let text = "Mr Hale and Mr Dobson met union leaders on Monday. He said 30 staff would go.";
    assert_eq!(atts(text), ["(he?) <- said"]);
    // No person in the window.
    assert_eq!(atts("The plant closed in May.\n\nHe said 300 jobs went."), ["(he?) <- said"]);
}

#[test]
fn a_person_named_as_a_subject_after_the_speaker_leaves_the_pronoun_unresolved() {
    let text = "Mr Dobson said the plan was costly. Peter Reed, the treasurer, disagreed.\n\nHe said it cost £4m.";
    assert_eq!(atts(text), ["Dobson <- said", "(he?) <- said"]);
}

#[test]
fn an_inverted_description_stands_for_the_organisation_named_before() {
    let text = "The Society of Motor Manufacturers and Traders (SMMT) published its figures on Friday.\n\n\
                Car output fell 4% last year, reports the trade body.";
    assert_eq!(atts(text), ["Society of Motor Manufacturers and Traders <- reports aka SMMT"]);
    let text = "The Economist ran a cover on the euro last week.\n\nThe euro is 20% too dear, writes the magazine.";
    assert_eq!(atts(text), ["Economist <- writes"]);
    let text = "The Financial Conduct Authority fined the bank £2m on Tuesday.\n\nIt is a record, says the regulator.";
    assert_eq!(atts(text), ["Financial Conduct Authority <- says"]);
    let text = "“We will fight on,” said Vantec chief executive Laura Quinn. The company added it would appeal.";
    assert_eq!(atts(text), ["Laura Quinn <- said of Vantec", "Vantec <- added"]);
    // Nothing named: the description stays an unnamed source.
    assert_eq!(atts("The fine is a record, says the regulator."), ["(unnamed: the regulator) <- says"]);
}

#[test]
fn a_description_of_a_person_stands_for_the_one_with_that_title() {
    let text = "Energy Minister Tom Reed visited the plant. The minister said 200 jobs were safe.";
    assert_eq!(atts(text), ["Tom Reed <- said"]);
    let text = "\"I want to play every week,\" admitted the 31-year-old Okoro. He added: \"It is not my choice.\"";
    assert_eq!(atts(text), ["Okoro <- admitted", "Okoro <- added"]);
}
