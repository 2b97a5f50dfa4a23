//! The words that change constructions are read by: the change words, the
//! words that mark a figure's role, the fillers between them, and the words
//! that end a clause.

use crate::extract::lexicon::word_list;

word_list!(
    /// Verbs (and nouns of the same form) that report a change of a level,
    /// in every inflection news copy uses, and the comparative "higher"
    /// ("closed 3% higher at 200p").
    is_change_verb: "higher rise rises rose risen rising increase increases increased increasing fall falls fell fallen
    falling cut cuts cutting grow grows grew grown growing drop drops dropped dropping climb climbs climbed
    climbing slip slips slipped slipping revise revises revised revising jump jumps jumped jumping soar soars
    soared soaring plunge plunges plunged plunging slump slumps slumped slumping decline declines declined
    declining gain gains gained gaining lose loses lost losing shed sheds shedding boost boosts boosted boosting
    raise raises raised raising lift lifts lifted lifting lower lowers lowered lowering reduce reduces reduced
    reducing slash slashes slashed slashing surge surges surged surging tumble tumbles tumbled tumbling dip dips
    dipped dipping slide slides slid sliding sink sinks sank sunk sinking leap leaps leapt leaped leaping shrink
    shrinks shrank shrunk shrinking expand expands expanded expanding widen widens widened widening narrow narrows
    narrowed narrowing trim trims trimmed trimming hike hikes hiked halve halves halved halving double doubles
    doubled doubling treble trebled triple tripled tripling rally rallies rallied rallying slow slows slowed slowing
    accelerate accelerates accelerated accelerating ease eases eased easing contracted"
);

word_list!(
    /// Nouns that name a change and are never verbs ("growth of 2%").
    is_change_noun: "growth reduction reductions contraction expansion upturn downturn uplift"
);

word_list!(
    /// Singular nouns and comparatives that take the size of a change just
    /// before them: "a 2% rise", "a £3bn cut", "3% higher".
    is_sized_change: "rise increase fall drop cut decline gain jump climb slump plunge slide dip leap surge hike
    boost reduction growth contraction expansion upturn downturn uplift rally higher lower up down"
);

word_list!(
    /// Verbs whose "up" or "down" names the direction of a change even
    /// before "to" ("revised up to 245,000", "edged down to 4.9%"), where
    /// "up to" would otherwise be a bound.
    is_particle_head: "revise revises revised revising mark marks marked marking push pushes pushed pushing drive
    drives drove driven driving go goes went gone going move moves moved moving edge edges edged edging creep
    creeps crept creeping tick ticks ticked ticking inch inches inched inching nudge nudges nudged nudging
    ratchet ratchets ratcheted ratcheting scale scales scaled scaling bump bumps bumped bumping pare pares
    pared paring"
);

word_list!(
    /// Verbs whose "up" or "down" is no change ("set up 3 firms", "shot down
    /// two drones", "made up 40% of sales").
    is_idiom_head: "make makes made making set sets setting take takes took taken taking pick picks picked picking
    sign signs signed signing shut shuts shutting break breaks broke broken breaking turn turns turned turning
    call calls called calling round rounds rounded rounding give gives gave given giving shoot shoots shot shooting
    track tracks tracked tracking hunt hunts hunted hunting crack cracks cracked cracking lay lays laid laying hand
    hands handed handing back backs backed backing step steps stepped stepping sum sums summed summing fill fills
    filled filling use uses used using tie ties tied tying snap snaps snapped snapping buy buys bought buying line
    lines lined lining draw draws drew drawn drawing add adds added adding rack racks racked racking chalk chalked
    clock clocks clocked clocking pile piles piled piling wind winds wound winding write writes wrote written
    writing put puts putting stand stands stood standing sit sits sat sitting stump stumps stumped"
);

word_list!(
    /// Verbs whose amount of money right after them is money raised, not a
    /// change: "raised £3m for charity" (a change takes "by" or "to").
    is_fundraising_verb: "raise raises raised raising"
);

word_list!(
    /// Words that may stand between a role word and its figure, besides the
    /// level nouns: "by a further 2%", "from a revised 53.3", "rose a strong
    /// 0.7%".
    is_filler: "a an the its their his her our further another additional extra new fresh all-time historic
    current revised adjusted seasonally seasonally-adjusted expected projected upwardly downwardly just only mere
    modest healthy hefty massive whopping staggering sharp slight marginal strong weak robust solid disappointing
    paltry meagre"
);

word_list!(
    /// Nouns that name a level: they take it after "of" ("a high of 40", "a
    /// previous estimate of 3.7%") or just before them ("the £1.5bn mark").
    is_level_noun: "high low peak level levels total average value figure sum trough close end mark estimate
    forecast projection reading record"
);

word_list!(
    /// Words that show a change word is a noun when they stand just before
    /// it: "a rise of 2%", "the sharp fall", "its biggest drop".
    is_noun_sign: "a an the its their his her our this these those any no another such whose annual
    monthly quarterly sharp sharpest big bigger biggest steep steeper steepest small smaller smallest slight
    modest marginal significant dramatic huge large larger largest record further similar overall net first
    second third latest recent"
);

word_list!(
    /// Words before "to" or "from" that make it part of another phrase
    /// ("due to 300 job losses", "apart from 2%").
    is_phrase_lead: "due owing thanks according next prior addition relation respect away apart aside"
);

word_list!(
    /// Words that open a new clause after a comma or a dash ("…, while
    /// profits fell"), ending the reach of a change word.
    is_clause_opener: "and but or nor while whilst whereas although though as which who whom whose when where
    after before because since with without if unless so yet"
);

word_list!(
    /// Conjunctions that open a new clause with or without a comma.
    is_clause_conjunction: "while whilst whereas although though but because unless after before when"
);

word_list!(
    /// Words that start a new subject after "and" or "or" ("… and the firm
    /// hired 300 staff").
    is_subject_start: "the it its they their he his she her we our there this these those i you"
);
