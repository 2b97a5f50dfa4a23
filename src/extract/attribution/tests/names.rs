//! The source is the whole name, without titles, openers or appositives.

use super::atts;

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
fn descriptions_and_appositives_around_a_name() {
    assert_eq!(
        atts("The United Nations' refugee chief, Filippo Grandi, said the camps were full."),
        ["Filippo Grandi <- said of United Nations"]
    );
    assert_eq!(
        atts("Dr Rhys, who worked as a nurse in Tonypandy, in the Rhondda Valley, said wards were full."),
        ["Rhys <- said"]
    );
    assert_eq!(
        atts("In reply, Rhodri Glyn Thomas, head of the Plaid Cymru group on the council, said it was a gimmick."),
        ["Rhodri Glyn Thomas <- said of Plaid Cymru"]
    );
    assert_eq!(
        atts("Chair of the Transport Select Committee Helen Ashby MP, said: \"The figures are worrying.\""),
        ["Helen Ashby <- said of Transport Select Committee"]
    );
    assert_eq!(
        atts("China's economy grew, the Deutsche Welle radio station reported."),
        ["Deutsche Welle <- reported"]
    );
}

#[test]
fn sentence_openers_are_not_part_of_the_name() {
    assert_eq!(
        atts("In November the British Medical Association said staff were weeping with despair."),
        ["British Medical Association <- said"]
    );
    assert_eq!(atts("Meanwhile Ms Hutt said she hoped for the best."), ["Hutt <- said"]);
    assert_eq!(
        atts("The new transport minister for Wales says fares must come down."),
        ["(unnamed: The new transport minister for Wales) <- says of Wales"]
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
fn a_person_told_is_no_outlet() {
    assert_eq!(atts("Mr Morgan told Ms Hutt about the new rota on Tuesday."), ["Morgan <- told"]);
    assert_eq!(atts("Tony Blair has told Labour supporters he is back."), ["Tony Blair <- told"]);
    assert_eq!(
        atts("The World Food Programme told the Reuters news agency that stocks would last 10 days."),
        ["World Food Programme <- told via Reuters"]
    );
}

#[test]
fn dates_and_indefinite_descriptions_are_no_names() {
    assert_eq!(
        atts("Mr Hughes told the Scottish Liberal Party on Friday that 12 seats were in danger."),
        ["Hughes <- told via Scottish Liberal Party"]
    );
    assert_eq!(
        atts("He refused to answer, citing a California \"shield\" law."),
        ["(unnamed: a California \"shield\" law) <- citing"]
    );
}

#[test]
fn curly_possessives_are_cut_on_character_boundaries() {
    assert_eq!(atts("He said Britain’s economy grew 3% last year."), ["(he?) <- said"]);
    assert_eq!(
        atts("Manchester City’s manager said the squad was tired."),
        ["(unnamed: Manchester City’s manager) <- said"]
    );
    assert_eq!(atts("“We lost,” said the Observer’s Philip French."), ["Philip French <- said of Observer"]);
    assert_eq!(
        atts("The United Nations’ envoy, Jan Egeland, said aid was late."),
        ["Jan Egeland <- said of United Nations"]
    );
    assert_eq!(atts("Sales rose 4%, according to Britain’s CBI."), ["CBI <- according to of Britain"]);
}

#[test]
fn a_role_without_a_closing_comma_belongs_to_the_name_before_it() {
    assert_eq!(
        atts("Anna Price, Green Party transport spokeswoman said: \"Fares rose 5%.\""),
        ["Anna Price <- said of Green Party"]
    );
    assert_eq!(
        atts("Anna Price, head of transport at the Green Party said fares rose 5%."),
        ["Anna Price <- said of Green Party"]
    );
    assert_eq!(
        atts("\"We are looking into it,\" Karl Meyer, a Lufthansa spokesman told the BBC."),
        ["Karl Meyer <- told via BBC of Lufthansa"]
    );
    assert_eq!(
        atts("Mr Kane, who on Friday won £5,000 in damages from the Daily Echo said he would stand again."),
        ["Kane <- said"]
    );
    // A place before the comma is no person: the role stays unnamed.
    assert_eq!(atts("In Leeds, Labour spokesman said fares rose 5%."), ["(unnamed: Labour spokesman) <- said"]);
}

#[test]
fn a_role_set_off_by_dashes_or_typographic_marks() {
    // En dashes, a non-breaking space inside the name, curly quotes.
    assert_eq!(
        atts("Anna\u{a0}Price – Green Party transport spokeswoman – said: “Fares rose 5%.”"),
        ["Anna Price <- said of Green Party"]
    );
    assert_eq!(atts("On Thursday, Lord Hale - a senior judge - said the rules were unlawful."), ["Hale <- said"]);
    assert_eq!(
        atts("Maria Lopez, the agency’s chief economist, said fares rose 5%."),
        ["Maria Lopez <- said of the agency’s chief economist"]
    );
}

#[test]
fn a_role_between_the_cue_and_the_name_belongs_to_the_name() {
    assert_eq!(
        atts("\"Fares rose 5%,\" said the agency's chief economist Maria Lopez."),
        ["Maria Lopez <- said of the agency's chief economist"]
    );
    assert_eq!(
        atts("Prices rose 3% – said Bank of England chief economist Huw\u{a0}Pill."),
        ["Huw Pill <- said of Bank of England"]
    );
    assert_eq!(atts("“The race is open,” said awards pundit Tom Dean."), ["Tom Dean <- said"]);
    assert_eq!(
        atts("Costs rose 5%, said Jane Doe of the Institute for Fiscal Studies."),
        ["Jane Doe <- said of Institute for Fiscal Studies"]
    );
    assert_eq!(
        atts("\"Fake parts are a danger,\" said Tom Gale, policy director of the Welsh Chambers of Trade."),
        ["Tom Gale <- said of Welsh Chambers of Trade"]
    );
}

#[test]
fn a_description_before_an_outlet_is_dropped() {
    assert_eq!(atts("Sales fell 5%, she told the business daily Handelsblatt."), ["(she?) <- told via Handelsblatt"]);
    assert_eq!(
        atts("The firm told the German news agency DPA that 300 jobs would go."),
        ["(unnamed: The firm) <- told via DPA"]
    );
    // A group of people told is no outlet.
    assert_eq!(atts("Mr Smith told Labour supporters that 40 seats were at risk."), ["Smith <- told"]);
}

#[test]
fn a_names_words_are_never_split_and_generic_subjects_stay_unnamed() {
    assert_eq!(atts("Sales rose 10%, according to eBay UK."), ["eBay UK <- according to"]);
    assert_eq!(
        atts("Bank of Ireland Governor Aoife Byrne said rates would stay at 4.75%."),
        ["Aoife Byrne <- said of Bank of Ireland"]
    );
    assert_eq!(atts("Reports suggest the deal is worth £5m."), ["(unnamed: Reports) <- suggest"]);
    assert_eq!(atts("Analysts said prices would rise 3%."), ["(unnamed: Analysts) <- said"]);
    assert_eq!(atts("Surveys show 60% of voters are undecided."), ["(unnamed: Surveys) <- show"]);
}
