//! Word lists the recognizers share. All entries are lowercase.

use crate::model::Qualifier;

/// Hedges written before a figure, longest first within each start word.
/// The words are matched as consecutive tokens; "approx." is "approx" + ".".
pub(crate) const QUALIFIERS_BEFORE: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::Over),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["around"], Qualifier::Around),
    (&["about"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::Roughly),
    (&["approximately"], Qualifier::Approximately),
    (&["approx", "."], Qualifier::Approximately),
    (&["approx"], Qualifier::Approximately),
    (&["an", "estimated", "approximately"], Qualifier::Approximately),
    (&["nearly"], Qualifier::Nearly),
    (&["close", "to"], Qualifier::Nearly),
    (&["near"], Qualifier::Nearly),
    (&["nearing"], Qualifier::Nearly),
    (&["almost"], Qualifier::Almost),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
];

/// Words that may stand before a hedge and belong to it ("well over").
pub(crate) const INTENSIFIERS: &[&str] = &["just", "well", "slightly", "far", "little", "somewhat"];

/// What is counted: nouns that follow a figure.
pub(crate) fn is_measure_noun(w: &str) -> bool {
    is_people_noun(w)
        || matches!(
            w,
            "casualties"
                | "casualty"
                | "fatalities"
                | "fatality"
                | "deaths"
                | "death"
                | "losses"
                | "loss"
                | "injuries"
                | "prisoners"
                | "pows"
                | "units"
                | "missiles"
                | "missile"
                | "shells"
                | "rounds"
                | "drones"
                | "drone"
                | "uavs"
                | "tanks"
                | "tank"
                | "vehicles"
                | "guns"
                | "artillery"
                | "launchers"
                | "howitzers"
                | "aircraft"
                | "jets"
                | "helicopters"
                | "ships"
                | "boats"
                | "warships"
                | "mortars"
                | "rockets"
                | "bombs"
                | "pieces"
                | "systems"
                | "containers"
                | "weapons"
                | "attacks"
                | "strikes"
                | "airstrikes"
                | "assaults"
                | "engagements"
                | "clashes"
                | "battles"
                | "villages"
                | "settlements"
                | "towns"
                | "cities"
                | "positions"
                | "entities"
                | "individuals"
                | "sanctions"
                | "dollars"
                | "euros"
                | "pounds"
                | "won"
                | "roubles"
                | "rubles"
                | "hryvnias"
                | "views"
                | "kilometres"
                | "kilometers"
                | "km"
                | "miles"
                | "hectares"
                | "tonnes"
                | "tons"
                | "refugees"
                | "displaced"
                | "homes"
                | "buildings"
                | "victims"
                | "bodies"
                | "graves"
        )
}

/// People: a casualty word after them is the better measure
/// ("300 soldiers had been killed" counts the killed).
pub(crate) fn is_people_noun(w: &str) -> bool {
    matches!(
        w,
        "troops"
            | "troop"
            | "soldiers"
            | "soldier"
            | "servicemen"
            | "servicemembers"
            | "personnel"
            | "men"
            | "women"
            | "people"
            | "persons"
            | "fighters"
            | "combatants"
            | "civilians"
            | "children"
            | "koreans"
            | "russians"
            | "ukrainians"
            | "americans"
            | "recruits"
            | "conscripts"
            | "reinforcements"
            | "mercenaries"
            | "volunteers"
            | "convicts"
            | "officers"
            | "generals"
            | "commanders"
            | "sailors"
            | "marines"
            | "pilots"
            | "paratroopers"
            | "infantry"
            | "members"
            | "staff"
            | "workers"
            | "residents"
            | "militants"
            | "contingent"
            | "force"
            | "forces"
    )
}

/// Words for being killed, wounded, captured or lost.
pub(crate) fn is_casualty_word(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "wounded"
            | "injured"
            | "dead"
            | "died"
            | "lost"
            | "eliminated"
            | "captured"
            | "missing"
            | "fatalities"
            | "casualties"
            | "deaths"
            | "destroyed"
            | "neutralised"
            | "neutralized"
            | "fatal"
    )
}

/// Words that may stand between a people noun and its casualty word
/// ("had been killed", "are believed to be fatalities").
pub(crate) fn is_predicate_filler(w: &str) -> bool {
    matches!(
        w,
        "had"
            | "have"
            | "has"
            | "were"
            | "was"
            | "are"
            | "is"
            | "been"
            | "being"
            | "be"
            | "reportedly"
            | "also"
            | "already"
            | "now"
            | "believed"
            | "thought"
            | "estimated"
            | "reported"
            | "to"
            | "confirmed"
            | "either"
            | "probably"
            | "likely"
            | "all"
    )
}

/// Noun modifiers kept with the measure noun ("artillery systems").
pub(crate) fn is_measure_modifier(w: &str) -> bool {
    matches!(
        w,
        "artillery"
            | "rocket"
            | "missile"
            | "air"
            | "combat"
            | "guided"
            | "ballistic"
            | "cruise"
            | "service"
            | "square"
            | "artillery-pieces"
    )
}

/// Words skipped between a figure and its noun.
pub(crate) fn is_noun_phrase_filler(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "additional"
            | "other"
            | "further"
            | "fresh"
            | "new"
            | "extra"
            | "elite"
            | "regular"
            | "enemy"
            | "foreign"
            | "total"
            | "combined"
            | "active"
            | "armoured"
            | "armored"
            | "multiple"
            | "wounded"
            | "killed"
            | "captured"
            | "dead"
            | "injured"
            | "missing"
            | "long"
            | "short"
            | "range"
            | "heavy"
            | "light"
            | "senior"
            | "junior"
            | "special"
            | "operations"
            | "operational"
            | "tactical"
            | "front"
            | "line"
            | "the"
            | "its"
            | "their"
            | "those"
            | "these"
            | "them"
            | "his"
            | "her"
            | "our"
            | "all"
            | "initial"
            | "original"
            | "first"
            | "latest"
            | "confirmed"
            | "reported"
            | "estimated"
            | "approximately"
            | "about"
            | "around"
            | "some"
            | "named"
            | "military"
            | "guided"
            | "whom"
    )
}

/// Units after which a number is a size, a time or a duration, not a claim.
pub(crate) fn is_excluded_unit(w: &str) -> bool {
    matches!(
        w,
        "mm" | "cm"
            | "millimetre"
            | "millimetres"
            | "millimeter"
            | "millimeters"
            | "centimetre"
            | "centimetres"
            | "calibre"
            | "caliber"
            | "kg"
            | "kilogram"
            | "kilograms"
            | "grams"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "est"
            | "edt"
            | "kst"
            | "msk"
            | "hrs"
            | "hours"
            | "hour"
            | "minutes"
            | "minute"
            | "seconds"
            | "second"
            | "days"
            | "day"
            | "nights"
            | "night"
            | "weeks"
            | "week"
            | "fortnights"
            | "months"
            | "month"
            | "years"
            | "year"
            | "decades"
            | "decade"
            | "centuries"
            | "century"
            | "times"
            | "o"
    )
}

/// Capitalised words that make the following number a name or a model
/// number ("Article 5", "Unit 29155").
pub(crate) fn is_designator(w: &str) -> bool {
    matches!(
        w,
        "article"
            | "resolution"
            | "section"
            | "chapter"
            | "route"
            | "highway"
            | "flight"
            | "unit"
            | "brigade"
            | "battalion"
            | "regiment"
            | "division"
            | "corps"
            | "squadron"
            | "group"
            | "phase"
            | "level"
            | "vol"
            | "page"
            | "room"
            | "gate"
            | "platform"
            | "block"
            | "building"
            | "apollo"
            | "operation"
            | "no"
            | "number"
            | "version"
            | "model"
            | "type"
            | "mk"
            | "hwasong"
            | "iskander"
            | "covid"
            | "class"
            | "episode"
            | "season"
            | "day"
            | "aged"
            | "age"
            | "ages"
    )
}

/// Lowercase words that make the following number a label, not a count
/// ("day 1,129", "aged 26").
pub(crate) fn is_lowercase_designator(w: &str) -> bool {
    matches!(w, "day" | "aged" | "age" | "ages" | "no" | "vs" | "versus")
}

/// Verbs that attribute a statement to its subject.
pub(crate) fn is_reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "report"
            | "estimated"
            | "estimates"
            | "estimate"
            | "assessed"
            | "assesses"
            | "stated"
            | "states"
            | "noted"
            | "notes"
            | "claimed"
            | "claims"
            | "claim"
            | "announced"
            | "announces"
            | "confirmed"
            | "confirms"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "posted"
            | "posts"
            | "believes"
            | "believe"
            | "put"
            | "puts"
            | "judged"
            | "judges"
            | "warned"
            | "indicated"
            | "revealed"
            | "disclosed"
            | "concluded"
            | "calculated"
            | "counted"
            | "recorded"
            | "tallied"
            | "listed"
            | "lists"
            | "published"
            | "publishes"
            | "released"
            | "acknowledged"
            | "admitted"
            | "suggested"
            | "suggests"
            | "found"
            | "finds"
            | "thinks"
            | "projected"
            | "projects"
            | "tweeted"
            | "insisted"
            | "explained"
            | "briefed"
            | "informed"
            | "gave"
            | "cited"
            | "updated"
            | "showed"
            | "shows"
    )
}

/// Reporting verbs that, with an unlisted subject ("officials said"),
/// attribute the sentence to a source the agency list does not know.
pub(crate) fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "wrote"
            | "writes"
            | "added"
            | "adds"
            | "reported"
            | "reports"
            | "estimated"
            | "estimates"
            | "estimate"
            | "claimed"
            | "claims"
            | "stated"
            | "announced"
            | "confirmed"
    )
}

/// Nouns for what an agency publishes ("the MoD's update").
pub(crate) fn is_report_noun(w: &str) -> bool {
    matches!(
        w,
        "update"
            | "updates"
            | "report"
            | "reports"
            | "assessment"
            | "assessments"
            | "estimate"
            | "estimates"
            | "briefing"
            | "statement"
            | "tally"
            | "figure"
            | "figures"
            | "data"
            | "analysis"
            | "bulletin"
            | "post"
            | "account"
            | "count"
            | "numbers"
            | "intelligence"
            | "official"
            | "officials"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "source"
            | "sources"
            | "chief"
            | "review"
            | "summary"
            | "map"
            | "dispatch"
            | "daily"
            | "latest"
    )
}

/// Words that may sit between a source and its reporting verb.
pub(crate) fn is_verb_filler(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "has"
            | "have"
            | "had"
            | "previously"
            | "earlier"
            | "first"
            | "later"
            | "now"
            | "then"
            | "further"
            | "separately"
            | "meanwhile"
            | "itself"
            | "again"
            | "already"
            | "once"
            | "since"
            | "initially"
            | "subsequently"
            | "recently"
            | "publicly"
            | "officially"
            | "reportedly"
            | "would"
            | "will"
            | "may"
            | "last"
            | "this"
            | "week"
            | "on"
            | "in"
            | "its"
            | "a"
            | "an"
            | "the"
            | "latest"
            | "daily"
            | "intelligence"
            | "update"
            | "report"
            | "assessment"
            | "statement"
            | "not"
            | "did"
            | "does"
            | "do"
            | "is"
            | "was"
    )
}

pub(crate) fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
}
