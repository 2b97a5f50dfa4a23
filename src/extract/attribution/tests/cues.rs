//! Cue families, each in the tenses and word orders news copy uses.

use super::atts;

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
fn speech_verbs_in_every_tense() {
    assert_eq!(atts("The health ministry says 40 people died."), ["(unnamed: The health ministry) <- says"]);
    assert_eq!(atts("Oxfam has said that 40 people died."), ["Oxfam <- said"]);
    assert_eq!(atts("The Red Cross had warned of 40 deaths."), ["Red Cross <- warned"]);
    assert_eq!(atts("Amnesty International documented 40 deaths."), ["Amnesty International <- documented"]);
    assert_eq!(atts("The World Bank estimates the damage at $5bn."), ["World Bank <- estimates"]);
    assert_eq!(atts("Reuters reported 40 deaths on Monday."), ["Reuters <- reported"]);
    assert_eq!(atts("Mr Blair claimed that turnout would rise."), ["Blair <- claimed"]);
    assert_eq!(atts("Ofcom noted that 20% of homes had HD."), ["Ofcom <- noted"]);
    assert_eq!(atts("Dr Rhys added that queues were falling."), ["Rhys <- added"]);
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
fn a_speaker_after_the_verb() {
    assert_eq!(
        atts("\"The region is very big,\" said Serge Troeber, deputy head of the department at Swiss Re."),
        ["Serge Troeber <- said of Swiss Re"]
    );
    assert_eq!(atts("\"The IMF stands ready,\" said managing director Rodrigo Rato."), ["Rodrigo Rato <- said"]);
    assert_eq!(
        atts("\"Foxx will and should win,\" says Total Film's Jamie Graham."),
        ["Jamie Graham <- says of Total Film"]
    );
    assert_eq!(atts("The toll rose to 40, said the United Nations."), ["United Nations <- said"]);
    assert_eq!(atts("Part of this is down to training, say industry experts."), ["(unnamed: industry experts) <- say"]);
    // A verb after a comma that takes a clause is no inverted cue.
    assert!(atts("A small number, 17%, said they would not miss it.").is_empty());
}

#[test]
fn documents_credit_their_author() {
    assert_eq!(atts("The UN's figures show that 6,000 fighters remain."), ["UN <- show"]);
    assert_eq!(
        atts("Office for National Statistics figures show a 5% rise."),
        ["Office for National Statistics <- show"]
    );
    assert_eq!(
        atts("Data from the World Bank put the cost at $5bn."),
        ["World Bank <- data from", "World Bank <- put"]
    );
    assert_eq!(
        atts("Figures released by the Home Office showed a 5% fall in crime."),
        ["Home Office <- figures released by", "Home Office <- showed"]
    );
    assert_eq!(
        atts("Bookings recovered, with European Travel Commission figures showing a 12% rise."),
        ["European Travel Commission <- showing"]
    );
    assert_eq!(atts("Various reports suggest that the group is growing."), ["(unnamed: Various reports) <- suggest"]);
    // A verb that needs a document as its subject has none here.
    assert!(atts("Few sets on sale can show HD in its full glory.").is_empty());
}

#[test]
fn quoted_as_saying_in_both_voices() {
    assert_eq!(
        atts("The EU's Trade Commissioner, Anna Berg, was quoted as saying that tariffs would fall."),
        ["Anna Berg <- was quoted as saying of EU"]
    );
    assert_eq!(
        atts("The minister was quoted by Reuters as saying that 40 people died."),
        ["(unnamed: The minister) <- was quoted as saying via Reuters"]
    );
}

#[test]
fn citing_and_per() {
    assert_eq!(
        atts("Reuters put the toll at 40, citing hospital officials."),
        ["Reuters <- put", "(unnamed: hospital officials) <- citing"]
    );
    assert_eq!(atts("Aid needs are about $5bn, citing estimates from the World Bank."), ["World Bank <- citing"]);
    assert_eq!(atts("The fund lost $2bn last year, per the Financial Times."), ["Financial Times <- per"]);
    assert_eq!(atts("Per UN data, 6,000 fighters remain."), ["UN <- per"]);
    assert!(atts("Prices rose 5 per cent, or £3 per person.").is_empty());
}

#[test]
fn passives_credit_the_agent() {
    assert_eq!(atts("The deaths were reported by the Red Cross."), ["Red Cross <- reported by"]);
    assert_eq!(atts("It was estimated by the UN that 6,000 fighters remain."), ["UN <- estimated by"]);
    assert!(atts("The figure was reported on Monday.").is_empty());
}

#[test]
fn headlines_credit_the_name_before_the_colon() {
    assert_eq!(atts("UN: ISKP has up to 6,000 fighters\n\nBody text."), ["UN <- :"]);
    assert_eq!(atts("Goldsmith: 'I was not leant on'\n\nBody text."), ["Goldsmith <- :"]);
    // A question, a label without a claim, or a sentence of the body is no headline.
    assert!(atts("ISKP: Who are the terrorists behind the attack?\n\nBody.").is_empty());
    assert!(atts("Obituary: Dame Alicia Markova\n\nBody text.").is_empty());
    assert!(atts("Nadal wins\n\nResult: Nadal won 6-4 in the final set of the match.").is_empty());
}

#[test]
fn participles_carry_on_the_clause_speaker() {
    assert_eq!(
        atts("Clarke felt ISKP could attack Iran, adding that its advantage lay in recruiting."),
        ["Clarke <- felt", "Clarke <- adding"]
    );
    assert_eq!(
        atts("Meanwhile Ms Okafor defended her budget, saying repairs made up only 10% of the spending."),
        ["Okafor <- saying"]
    );
    assert_eq!(
        atts("A Green Party spokesman attacked the plan, saying bus routes had fallen by 312."),
        ["(unnamed: A Green Party spokesman) <- saying of Green Party"]
    );
}

#[test]
fn a_participle_belongs_to_its_own_clause() {
    assert_eq!(
        atts("Thailand has said it wants no freeze, while India rejected aid, saying it can cope."),
        ["Thailand <- said"]
    );
    assert!(atts("Security warning over 'FBI virus'").is_empty());
    assert!(atts("Tesco has withdrawn the advert saying it had made its point.").is_empty());
}

#[test]
fn a_participle_before_its_agent_credits_only_the_agent() {
    assert!(atts("Solutions suggested by conservationists include fewer flights.").is_empty());
    assert_eq!(atts("Measures suggested by the World Bank include debt relief."), ["World Bank <- suggested by"]);
}

#[test]
fn claims_of_responsibility_and_object_clauses_are_not_attributions() {
    assert!(atts("The attack, which IS-KP claimed, killed 137 people.").is_empty());
    assert!(atts("IS claimed responsibility for the attack.").is_empty());
    assert!(atts("\"I don't think the US can trust Pakistan,\" which was said.").is_empty());
}

#[test]
fn a_cue_verb_used_as_a_noun_is_no_cue() {
    assert!(atts("The row started on the Breakfast Live show, with a viewer phoning in.").is_empty());
    assert!(atts("Reality TV shows are popular with 40% of viewers.").is_empty());
    assert!(atts("Bristol Water Trust sent out a notice telling customers to wait.").is_empty());
}

#[test]
fn adverbs_stand_between_a_subject_and_its_verb_but_nouns_do_not() {
    assert_eq!(atts("Mr Brown has publicly said that 40 jobs would go."), ["Brown <- said"]);
    assert_eq!(atts("The family said 40 people came."), ["(unnamed: The family) <- said"]);
    assert!(atts("Relations are widely reported to be cool.").is_empty());
}

#[test]
fn verbs_of_argument_and_prediction_are_cues() {
    assert_eq!(atts("Ms Okafor insisted the scheme would save £2m."), ["Okafor <- insisted"]);
    assert_eq!(atts("The chancellor argued that borrowing would fall to 3%."), ["(unnamed: The chancellor) <- argued"]);
    assert_eq!(atts("Mr Hale conceded that 300 jobs would go."), ["Hale <- conceded"]);
    assert_eq!(atts("The Bank of England predicted growth of 1.5% next year."), ["Bank of England <- predicted"]);
    assert_eq!(atts("The IMF forecast that prices would rise 4%."), ["IMF <- forecast"]);
    assert_eq!(atts("Economists predict a 2% rise in prices."), ["(unnamed: Economists) <- predict"]);
    assert_eq!(atts("He admitted: “We got the numbers wrong.”"), ["(he?) <- admitted"]);
    assert_eq!(atts("Ms Price explained: 'Fares rise by 5% in May.'"), ["Price <- explained"]);
}

#[test]
fn verbs_that_need_the_words_said_after_them() {
    // With a colon, a quotation or "that", or after the quotation.
    assert_eq!(atts("Mr Dobson asked: “Where has the £40m gone?”"), ["Dobson <- asked"]);
    assert_eq!(atts("“Who will pay for it?” asked Mr Dobson."), ["Dobson <- asked"]);
    assert_eq!(atts("Unions welcomed the deal: \"It protects 2,000 jobs.\""), ["(unnamed: Unions) <- welcomed"]);
    assert_eq!(atts("She vowed that waiting lists would fall by 20%."), ["(she?) <- vowed"]);
    // Without them, an act: nothing is quoted.
    assert!(atts("Sarah Jones, the party's leader, welcomed the move.").is_empty());
    assert!(atts("She vowed to cut waiting lists by 20%.").is_empty());
    assert!(atts("Labour questioned whether the 5% target was realistic.").is_empty());
    assert!(atts("Councillors welcomed the report, which found 40 faults.").is_empty());
}

#[test]
fn a_participle_after_an_unnamed_subject_credits_it() {
    assert_eq!(
        atts("The mayor of London welcomed the figures, saying crime had fallen by 8%."),
        ["(unnamed: The mayor of London) <- saying of London"]
    );
    assert_eq!(
        atts("The city council welcomed the ruling, adding that 300 homes would be built."),
        ["(unnamed: The city council) <- adding"]
    );
    assert!(atts("The new system caused delays, saying nothing.").is_empty());
}

#[test]
fn no_asker_is_read_from_a_question_or_a_prepositions_object() {
    assert_eq!(atts("\"It was a long night.\" Asked about the strike, she said 40 trains ran."), ["(she?) <- said"]);
    assert!(atts("Critics of it demanded that the board resign within 30 days.").is_empty());
}

#[test]
fn a_time_phrase_stands_between_a_subject_and_its_verb() {
    assert_eq!(atts("Mr Hale on Monday said 300 jobs would go."), ["Hale <- said"]);
    assert_eq!(
        atts("Iyad Rahim, who this week criticised donors for their \"spectator\" role, met him."),
        ["Iyad Rahim <- criticised"]
    );
}
