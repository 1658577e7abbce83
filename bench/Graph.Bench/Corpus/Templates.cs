using Graph.Core.Model;

namespace Graph.Bench.Corpus;

/// <summary>
/// Sentence templates of the synthetic articles, written for the benchmark. Slots in braces are filled per
/// article (<see cref="ArticleCast"/>): people <c>{A}</c> (leader of C1), <c>{B}</c> (leader of C2), <c>{M}</c> and
/// <c>{N}</c> (ministers of C1 and C2), <c>{U}</c> (an official of the organisation <c>{O}</c>), named in full the
/// first time and by family name after; countries <c>{C1}</c>, <c>{C1.adj}</c>, <c>{C1.cap}</c>; dates, places,
/// topics and numbers.
/// </summary>
internal static class Templates
{
    public static readonly IReadOnlyDictionary<EventType, string[]> Titles = new Dictionary<EventType, string[]>
    {
        [EventType.Statement] = ["{C1.adj} leader says {topic} talks with {C2} must go on", "{A.last} says {C1} will not give up on {topic}"],
        [EventType.Meeting] = ["Leaders of {C1} and {C2} meet in {place} for talks on {topic}", "{A.last} and {B.last} meet as {topic} dispute drags on"],
        [EventType.PhoneCall] = ["{A.last} and {B.last} discuss {topic} by phone", "{C1} and {C2} leaders hold call on {topic}"],
        [EventType.Visit] = ["{A.last} visits {C2} in first trip abroad this year", "{C1.adj} leader arrives in {C2.cap} for state visit"],
        [EventType.Accusation] = ["{C1} accuses {C2} of {complaint}", "{A.last} accuses {C2} of {complaint}"],
        [EventType.Denial] = ["{C2} denies {complaint}", "{B.last} rejects claims of {complaint}"],
        [EventType.Offer] = ["{C1} pledges {amount} in aid to {C2}", "{O} offers {goods} to {C2} after floods"],
        [EventType.Sanction] = ["{C1} imposes sanctions on {C2.adj} {sector}", "{O} sanctions {C2.adj} officials over crackdown"],
        [EventType.Threat] = ["{C2} threatens {C1} over military drills", "{B.last} warns {C1} of consequences over {topic}"],
        [EventType.MilitaryAction] = ["{C1.adj} forces strike targets in {C2}", "{C1} launches {weapon} attack on {C2.adj} border posts"],
        [EventType.Negotiation] = ["{C1} and {C2} resume negotiations on {topic}", "Talks between {C1} and {C2} on {topic} enter second week"],
        [EventType.Agreement] = ["{C1} and {C2} sign agreement on {topic}", "{A.last} and {B.last} sign {topic} deal in {place}"],
    };

    /// <summary>Sentences that state an event of the type; the first ones make good leads (place and date).</summary>
    public static readonly IReadOnlyDictionary<EventType, string[]> Events = new Dictionary<EventType, string[]>
    {
        [EventType.Statement] =
        [
            "{A} said {when} that {C1} would keep talking to {C2} about {topic}.",
            "Speaking to reporters in {place} {when}, {A} said the dispute over {topic} could be settled within months.",
            "{M} told parliament that {C1} expected {C2} to honour its promises on {topic}.",
            "{U} said in a statement that {O} was ready to help both sides.",
            "{B} told state television {when} that {C2} had always been open to dialogue.",
        ],
        [EventType.Meeting] =
        [
            "{A} met {B} in {place} {when} for talks on {topic} and {topic2}.",
            "{A} and {B} met {when} at the presidential palace in {place}, their first meeting since {month}.",
            "{M} held talks with {N} in {place} {when}, officials said.",
            "{U} met {A} in {place} to discuss {topic}.",
            "{M} is due to meet {N} in {C3.cap} next month.",
        ],
        [EventType.PhoneCall] =
        [
            "{A} spoke by phone with {B} {when}, according to a statement from the {C1.adj} government.",
            "{A} called {B} {when} to discuss {topic}, the two governments said.",
            "In a telephone call {when}, {M} and {N} discussed {topic} for more than an hour.",
            "{B} phoned {A} {when} to offer condolences after the floods.",
        ],
        [EventType.Visit] =
        [
            "{A} arrived in {C2.cap} {when} for a two-day state visit, the first by a {C1.adj} leader in {n} years.",
            "{A} visited {C2} {when}, where {B} welcomed him at the airport.",
            "{M} travelled to {C2.city} {when} to inspect a port built with {C1.adj} money.",
            "{U} visited {C3.cap} {when} and met aid workers.",
            "{B} will visit {C1.cap} in {month}, officials said.",
        ],
        [EventType.Accusation] =
        [
            "{A} accused {C2} {when} of {complaint}.",
            "{C1} accused {C2} of {complaint}, saying it had evidence from {n} separate incidents.",
            "{M} accused {N} of misleading the public about {topic}.",
            "{C2} has accused {C1} of {complaint} since the start of the year.",
        ],
        [EventType.Denial] =
        [
            "{B} denied the accusation {when}, calling it baseless.",
            "{C2} denied {complaint} and said the claims were politically motivated.",
            "{N} rejected the allegations, saying {C2} had nothing to hide.",
            "The {C2.adj} foreign ministry denied that its troops had crossed the border.",
        ],
        [EventType.Offer] =
        [
            "{C1} pledged {amount} in aid to {C2} {when} to help it rebuild after the floods.",
            "{A} offered to send {goods} and {goods2} to {C2} within days.",
            "{O} promised {amount} in emergency assistance to {C2}.",
            "{M} said {C1} would provide {goods} to families displaced by the fighting in {C2}.",
        ],
        [EventType.Sanction] =
        [
            "{C1} imposed sanctions on {n} {C2.adj} officials {when} over the crackdown on protesters.",
            "{O} imposed sanctions on {C2.adj} {sector}, freezing their assets and banning travel.",
            "{C1} announced new sanctions against {C2.adj} {sector} {when}.",
            "{A} said {C1} would impose sanctions on {C2} if the attacks continued.",
        ],
        [EventType.Threat] =
        [
            "{B} threatened {when} to cut off gas supplies to {C1} if the drills went ahead.",
            "{C2} threatened to expel {C1.adj} diplomats over the dispute about {topic}.",
            "{N} warned that {C2} would retaliate against {C1} if its ships were stopped again.",
            "{C2} threatened {C1} with \"serious consequences\" over the arrests.",
        ],
        [EventType.MilitaryAction] =
        [
            "{C1.adj} forces attacked positions in {C2} {when}, killing at least {num} fighters, officials said.",
            "{C1} launched {weapon} strikes on targets near {C2.city} {when}.",
            "{C2.adj} troops shelled villages near the border with {C1} overnight, local officials said.",
            "The {C1.adj} army said it had struck {n} depots used by {C2.adj} forces.",
        ],
        [EventType.Negotiation] =
        [
            "{C1} and {C2} held a new round of negotiations on {topic} in {place} {when}.",
            "{M} and {N} negotiated for {n} hours in {C3.cap} without reaching a deal.",
            "Delegations from {C1} and {C2} opened talks on {topic} in {place} {when}.",
            "{C1} and {C2} will resume negotiations on {topic} next week, diplomats said.",
        ],
        [EventType.Agreement] =
        [
            "{A} and {B} signed an agreement on {topic} in {place} {when}.",
            "{C1} and {C2} agreed {when} to set up a joint working group on {topic}.",
            "{M} and {N} signed a deal to expand {topic} cooperation over the next {n} years.",
            "{C1} and {C2} reached an agreement on {topic} after months of talks, officials said.",
        ],
    };

    /// <summary>Reported speech: a quote and who said it.</summary>
    public static readonly string[] Quotes =
    [
        "\"{quote},\" {A.last} said.",
        "\"{quote},\" {B.last} told reporters.",
        "\"{quote},\" {M.last} said, adding that {C1} had been patient.",
        "\"{quote},\" said {N.last}.",
        "{A.last} said: \"{quote}.\"",
        "\"{quote},\" {U.last} said in {place}.",
        "Asked about {topic}, {B.last} said: \"{quote}.\"",
        "\"{quote}. {quote2},\" {A.last} told a news conference in {place} {when}.",
    ];

    public static readonly string[] QuoteLines =
    [
        "We have agreed that the money promised must finally arrive where it is needed",
        "Nobody wins a trade war, and we do not intend to start one",
        "Our patience is not unlimited",
        "This is a good day for both our peoples",
        "We will respond firmly to any provocation",
        "The door to dialogue remains open",
        "These claims are false and everybody knows it",
        "We need action, not more speeches",
        "Those who break the rules will face consequences",
        "There is still a lot of work to do",
        "We will not be lectured by anyone",
        "The people of the region deserve peace and stability",
        "We are ready to help, but help must reach those who need it",
        "This agreement shows what diplomacy can achieve",
        "Nobody should doubt our commitment to our allies",
        "We did not start this conflict, but we will defend ourselves",
        "Sanctions have never solved anything",
        "Our farmers cannot wait another season",
        "We expect our partners to keep their word",
        "History will judge those who stayed silent",
        "The next few weeks will be decisive",
        "We want a partnership of equals",
        "This is not the end of the story",
        "Every child in this country deserves clean water",
    ];

    /// <summary>Background sentences without an event: economy, history, analysts, numbers.</summary>
    public static readonly string[] Background =
    [
        "Relations between {C1} and {C2} have been strained since a dispute over {topic} {n} years ago.",
        "Trade between the two countries reached {amount} last year, according to official figures.",
        "Analysts in {C1.cap} said the talks were unlikely to produce a breakthrough before the elections in {month}.",
        "The issue of {topic} has dominated the region's politics for much of the past decade.",
        "{C2} is one of the largest buyers of {C1.adj} {goods}.",
        "Officials from both governments said the discussions had been frank and constructive.",
        "The {C1.adj} economy grew by {pct} percent in the first quarter, its slowest pace in {n} years.",
        "Opposition lawmakers in {C2.cap} criticised the government's handling of {topic}.",
        "More than {num} people have been displaced by the fighting, according to aid groups.",
        "The central bank kept interest rates unchanged at its meeting in {month}.",
        "Diplomats said the next round of talks could take place in {C3.cap} before the end of the year.",
        "The dispute has pushed up the price of {goods} in markets across the region.",
        "Shares of {X} rose {pct} percent on the news.",
        "Human rights groups say many of those detained have been denied access to lawyers.",
        "The two countries share a border of more than {num} kilometres.",
        "Protesters gathered outside the parliament in {C2.cap} for a {ord} day.",
        "A survey published in {month} found that most voters supported closer ties with {C3}.",
        "The government in {C1.cap} has promised to cut fuel prices before the winter.",
        "Local media reported that the meeting had been planned for several weeks.",
        "Critics say the policy on {topic} has done little to help ordinary families.",
        "It was not immediately clear how the decision would affect shipments of {goods}.",
        "The talks were held behind closed doors and no journalists were allowed in.",
        "Earlier this year, {X} announced plans to build a factory near {C2.city}.",
        "The region has suffered from drought for {n} consecutive years.",
        "Farmers in the north say they have not been paid for last season's harvest.",
        "Economists expect inflation to ease in the second half of the year.",
        "Several ministers have resigned since the coalition was formed in {month}.",
        "The port of {C2.city} handles about a third of the country's exports.",
        "Unemployment in {C2} has risen to {pct} percent, the highest level since {month} of last year.",
        "The new railway between {C1.city} and {C1.cap} is due to open in {month}.",
        "Officials said about {num} tonnes of {goods} were waiting at the border.",
        "Both governments face elections within the next {n} months.",
        "Teachers in {C2.city} went on strike for higher pay on {day}.",
        "The currency fell {pct} percent against the dollar over the week.",
        "Neither side gave details of what had been agreed on {topic}.",
        "A spokesman for the presidency declined to comment on the reports.",
        "Heavy rain has flooded roads in the south of {C2}, cutting off several villages.",
        "The {C1.adj} parliament is expected to vote on the budget in {month}.",
        "Tourism accounts for nearly a tenth of the economy of {C3}.",
        "The government has set aside {amount} for new schools and hospitals.",
        "Journalists were not allowed to ask questions after the statements.",
        "Most of the country's electricity still comes from coal and gas.",
        "Businesses in {C1.city} have complained about rising energy bills.",
        "The agreement signed in {month} {n} years ago expired last year.",
        "Fishermen in {C2.city} say their catches have fallen sharply.",
        "Several thousand people marched through {C1.cap} on {day} to demand higher wages.",
    ];

    public static readonly string[] Dates =
    [
        "on {day}", "on {day}", "on {day} evening", "last week", "earlier this month", "on {month} {dom}", "yesterday", "last {day}",
    ];
}
