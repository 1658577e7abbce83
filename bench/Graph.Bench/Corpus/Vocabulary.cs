namespace Graph.Bench.Corpus;

/// <summary>A country as news names it: its name, adjective, capital, another city and a leader's title.</summary>
internal sealed record Country(string Name, string Adjective, string Capital, string City, string Leader);

/// <summary>
/// The words the synthetic articles are made of, written for the benchmark: real countries and international
/// organisations (public names, so the gazetteers know them), invented people and companies, topics and
/// numbers. No article text from anywhere is copied.
/// </summary>
internal static class Vocabulary
{
    public static readonly Country[] Countries =
    [
        new("France", "French", "Paris", "Marseille", "President"),
        new("Germany", "German", "Berlin", "Hamburg", "Chancellor"),
        new("Italy", "Italian", "Rome", "Milan", "Prime Minister"),
        new("Spain", "Spanish", "Madrid", "Barcelona", "Prime Minister"),
        new("Poland", "Polish", "Warsaw", "Krakow", "President"),
        new("Norway", "Norwegian", "Oslo", "Bergen", "Prime Minister"),
        new("Sweden", "Swedish", "Stockholm", "Gothenburg", "Prime Minister"),
        new("Finland", "Finnish", "Helsinki", "Turku", "President"),
        new("Hungary", "Hungarian", "Budapest", "Debrecen", "Prime Minister"),
        new("Romania", "Romanian", "Bucharest", "Cluj-Napoca", "President"),
        new("Greece", "Greek", "Athens", "Thessaloniki", "Prime Minister"),
        new("Turkey", "Turkish", "Ankara", "Istanbul", "President"),
        new("Ukraine", "Ukrainian", "Kyiv", "Odesa", "President"),
        new("Russia", "Russian", "Moscow", "St. Petersburg", "President"),
        new("Britain", "British", "London", "Manchester", "Prime Minister"),
        new("Ireland", "Irish", "Dublin", "Cork", "Taoiseach"),
        new("Canada", "Canadian", "Ottawa", "Toronto", "Prime Minister"),
        new("Mexico", "Mexican", "Mexico City", "Guadalajara", "President"),
        new("Brazil", "Brazilian", "Brasilia", "Sao Paulo", "President"),
        new("Argentina", "Argentine", "Buenos Aires", "Cordoba", "President"),
        new("Chile", "Chilean", "Santiago", "Valparaiso", "President"),
        new("Colombia", "Colombian", "Bogota", "Medellin", "President"),
        new("Peru", "Peruvian", "Lima", "Arequipa", "President"),
        new("Egypt", "Egyptian", "Cairo", "Alexandria", "President"),
        new("Nigeria", "Nigerian", "Abuja", "Lagos", "President"),
        new("Kenya", "Kenyan", "Nairobi", "Mombasa", "President"),
        new("Ethiopia", "Ethiopian", "Addis Ababa", "Dire Dawa", "Prime Minister"),
        new("South Africa", "South African", "Pretoria", "Johannesburg", "President"),
        new("Ghana", "Ghanaian", "Accra", "Kumasi", "President"),
        new("Morocco", "Moroccan", "Rabat", "Casablanca", "Prime Minister"),
        new("Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "Crown Prince"),
        new("Iran", "Iranian", "Tehran", "Isfahan", "President"),
        new("Iraq", "Iraqi", "Baghdad", "Basra", "Prime Minister"),
        new("Israel", "Israeli", "Jerusalem", "Tel Aviv", "Prime Minister"),
        new("Jordan", "Jordanian", "Amman", "Aqaba", "King"),
        new("Pakistan", "Pakistani", "Islamabad", "Karachi", "Prime Minister"),
        new("India", "Indian", "New Delhi", "Mumbai", "Prime Minister"),
        new("China", "Chinese", "Beijing", "Shanghai", "President"),
        new("Japan", "Japanese", "Tokyo", "Osaka", "Prime Minister"),
        new("South Korea", "South Korean", "Seoul", "Busan", "President"),
        new("Indonesia", "Indonesian", "Jakarta", "Surabaya", "President"),
        new("Vietnam", "Vietnamese", "Hanoi", "Da Nang", "Prime Minister"),
        new("Philippines", "Philippine", "Manila", "Cebu", "President"),
        new("Australia", "Australian", "Canberra", "Sydney", "Prime Minister"),
        new("New Zealand", "New Zealand", "Wellington", "Auckland", "Prime Minister"),
        new("United States", "American", "Washington", "New York", "President"),
    ];

    public static readonly string[] Ministers =
    [
        "Foreign Minister", "Defence Minister", "Trade Minister", "Finance Minister", "Energy Minister",
        "Interior Minister", "Health Minister", "Economy Minister",
    ];

    /// <summary>International organisations by their usual names, with the word that heads their officials' titles.</summary>
    public static readonly (string Name, string Official)[] Organizations =
    [
        ("the United Nations", "Secretary-General"),
        ("NATO", "Secretary General"),
        ("the European Union", "foreign policy chief"),
        ("the African Union", "Commission chairman"),
        ("the World Bank", "President"),
        ("the International Monetary Fund", "Managing Director"),
        ("the World Health Organization", "Director-General"),
        ("the International Committee of the Red Cross", "President"),
        ("the World Trade Organization", "Director-General"),
        ("the International Atomic Energy Agency", "Director General"),
        ("ASEAN", "Secretary-General"),
        ("OPEC", "Secretary General"),
        ("the Organization of American States", "Secretary General"),
        ("the Arab League", "Secretary-General"),
    ];

    public static readonly string[] GivenNames =
    [
        "Anna", "Marek", "Ingrid", "Daniel", "Amara", "Kenji", "Lucia", "Omar", "Elena", "Tomas", "Fatima", "Pavel",
        "Sofia", "Rashid", "Helga", "Mateo", "Aiko", "Yusuf", "Clara", "Viktor", "Nadia", "Ahmed", "Grace", "Luis",
        "Mei", "Samuel", "Irina", "Kwame", "Leila", "Henrik", "Priya", "Diego", "Olga", "Jonas", "Zainab", "Felipe",
        "Hana", "Andrei", "Chloe", "Tariq", "Marta", "Emeka", "Yara", "Nikolai", "Rosa", "Bashir", "Keiko", "Adrian",
    ];

    public static readonly string[] FamilyNames =
    [
        "Kowalczyk", "Solvang", "Otieno", "Moreau", "Hartmann", "Rossetti", "Alvarez", "Lindqvist", "Hrytsenko",
        "Takahashi", "Mensah", "Okafor", "Haddad", "Petrovic", "Nakamura", "Castellano", "Varga", "Ionescu",
        "Papadakis", "Demir", "Bondarenko", "Sokolov", "Whitfield", "Donnelly", "Tremblay", "Herrera", "Carvalho",
        "Fernandez", "Quintero", "Salazar", "Mansour", "Abubakar", "Kamau", "Tesfaye", "Van der Berg", "Asante",
        "Benali", "Al-Rashid", "Farahani", "Al-Jaafari", "Cohen", "Haddadin", "Qureshi", "Sharma", "Zhang",
        "Watanabe", "Park", "Santoso", "Nguyen", "Reyes", "McAllister", "Thornton", "Eriksen", "Jovanovic",
    ];

    public static readonly string[] Companies =
    [
        "Northwind Energy", "Baltic Shipping Group", "Meridian Steel", "Atlas Grain Holdings", "Helix Pharmaceuticals",
        "Sable Mining Corporation", "Crescent Telecom", "Orion Aerospace", "Polar Gas Company", "Vantage Motors",
    ];

    public static readonly string[] Topics =
    [
        "trade", "energy security", "climate finance", "border security", "migration", "grain exports",
        "nuclear safety", "debt relief", "fishing rights", "water sharing", "arms control", "food prices",
        "cyber security", "public health", "shipping routes", "rare earth minerals", "tariffs", "refugees",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Numbers = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fifteen", "twenty", "thirty"];

    public static readonly string[] Goods = ["wheat", "fertiliser", "medicine", "fuel", "tents", "vaccines", "water pumps", "generators", "blankets"];

    public static readonly string[] Weapons = ["drone", "artillery", "missile", "rocket", "air"];

    public static readonly string[] Sectors = ["banks", "oil exports", "steel makers", "airlines", "shipping firms", "arms makers", "mining companies"];

    public static readonly string[] Complaints =
    [
        "interfering in its elections", "violating the ceasefire", "spying on its diplomats", "smuggling weapons across the border",
        "blocking aid convoys", "breaking the trade agreement", "harbouring militants", "polluting a shared river",
    ];
}
