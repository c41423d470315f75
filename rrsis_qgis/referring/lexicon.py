"""The words the parser knows: one declarative table, word -> (category, value, language). A word is added
here and nowhere else; relation phrases are the exception, registered with the fit that judges them
(`select.RELATION_KINDS`), so that no phrase can name a relation nothing judges.

Each entry: category, value, language, then the words (several words make one phrase: "storage tank").
A class's value is its canonical name, the one the detector is asked for; a narrower word (truck, pond,
house) is a noun of its own: the detector is asked for it as typed, which is more precise.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

# fmt: off
TABLE: tuple[tuple[str, object, str, tuple[str, ...]], ...] = (
    # Common remote-sensing classes (DIOR's 20, RefSegRS's, what scenes hold) and their other names.
    ("class", "airplane", "en", ("airplane", "aeroplane", "plane", "aircraft", "airliner", "jet",
                                  "passenger jet", "passenger plane", "passenger aircraft", "cargo plane",
                                  "jet plane", "propeller plane", "propeller aircraft", "prop plane",
                                  "turboprop", "light aircraft")),
    ("class", "airport", "en", ("airport", "airfield")),
    ("class", "baseball field", "en",
     ("baseball field", "baseball diamond", "baseball court", "baseballfield")),
    ("class", "basketball court", "en", ("basketball court", "basketball field", "basketballcourt")),
    ("class", "bridge", "en", ("bridge", "bridge deck")),
    ("class", "chimney", "en", ("chimney", "smokestack")),
    ("class", "dam", "en", ("dam",)),
    ("class", "expressway service area", "en", ("expressway service area", "service area", "rest area")),
    ("class", "expressway toll station", "en",
     ("expressway toll station", "toll station", "toll gate", "toll booth", "toll plaza")),
    ("class", "golf course", "en", ("golf course", "golf field", "golffield", "golf")),
    ("class", "ground track field", "en",
     ("ground track field", "track field", "running track", "athletic field", "groundtrackfield",
      "track and field", "athletics track", "athletics field")),
    ("class", "harbor", "en", ("harbor", "harbour", "port", "harbor basin", "harbour basin")),
    ("class", "overpass", "en", ("overpass", "flyover", "overpass ramp")),
    ("class", "ship", "en", ("ship", "boat", "vessel", "cargo ship", "container ship", "cargo vessel",
                             "fishing boat", "fishing vessel", "passenger ship", "cruise ship", "tanker",
                             "oil tanker", "tanker ship", "cargo boat")),
    ("class", "stadium", "en", ("stadium",)),
    ("class", "storage tank", "en", ("storage tank", "oil tank", "fuel tank", "tank", "storagetank")),
    ("class", "tennis court", "en", ("tennis court", "tenniscourt")),
    ("class", "train station", "en", ("train station", "railway station", "trainstation",
                                      "train station building")),
    ("class", "vehicle", "en", ("vehicle", "service vehicle", "motor vehicle")),
    ("class", "windmill", "en", ("windmill", "wind turbine")),
    ("class", "road", "en", ("road", "street", "highway", "expressway", "motorway", "side road",
                             "side street", "access road", "service road", "entrance road", "exit road")),
    ("class", "building", "en", ("building", "rooftop", "roof", "office building", "office block",
                                 "commercial building", "industrial building")),
    ("class", "parking lot", "en",
     ("parking lot", "car park", "parking area", "parking", "parking space", "parking spot", "parking bay",
      "lot", "parking garage", "parking deck")),
    ("class", "tree", "en", ("tree", "tree branches", "branches", "foliage", "tree crown", "tree crowns",
                             "tree canopy")),
    ("class", "low vegetation", "en", ("low vegetation", "grass", "grassland", "grass strip",
                                       "strip of grass", "grassy area", "grass area", "grassy strip",
                                       "grassy patch", "patch of grass")),
    ("class", "impervious surface", "en", ("impervious surface", "pavement")),
    ("class", "river", "en", ("river",)),
    ("class", "lake", "en", ("lake",)),
    ("class", "swimming pool", "en", ("swimming pool", "pool", "backyard pool")),
    ("class", "railway", "en", ("railway", "railroad", "rail line", "railway line", "railroad line",
                                "railway track", "railroad track", "railway tracks", "railroad tracks",
                                "train track", "train tracks", "rail track", "rail tracks")),
    ("class", "soccer field", "en",
     ("soccer field", "football field", "football pitch", "soccer ball field", "soccer pitch")),
    ("class", "farmland", "en", ("farmland", "crop field", "cropland")),
    ("class", "building", "fr", ("bâtiment", "immeuble", "maison")),
    ("class", "storage tank", "fr", ("réservoir", "cuve")),
    ("class", "road", "fr", ("route", "rue")),
    ("class", "ship", "fr", ("navire", "bateau")),
    ("class", "vehicle", "fr", ("véhicule", "voiture")),
    # Other nouns: free targets, known so that their plurals and heads are read right.
    # Kinds of car, van, truck, bus or rider that the datasets' classes count as that class (VisDrone's).
    ("noun", "car", "en", ("car", "automobile", "sedan", "suv", "jeep", "hatchback", "taxi", "police car",
                           "sports car", "coupe", "convertible", "limousine", "station wagon")),
    ("noun", "van", "en", ("van", "minivan", "delivery van", "police van", "courier van", "cargo van",
                             "passenger van", "ambulance", "ambulance van", "box van", "camper van",
                             "panel van")),
    ("noun", "truck", "en", ("truck", "lorry", "pickup truck", "pickup", "dump truck", "garbage truck",
                               "fuel truck", "refueling truck", "refuelling truck", "container truck",
                               "box truck", "construction truck",
                               "semi trailer", "semi",
                               "trailer truck", "semi truck", "semi trailer truck", "tractor trailer",
                               "cargo truck", "tanker truck", "fire truck", "tow truck", "delivery truck",
                               "mixer truck", "cement truck", "cement mixer truck", "cement mixer",
                               "refrigerated truck", "heavy truck", "flatbed truck", "flatbed",
                               "crane truck", "heavy vehicle", "heavy goods vehicle")),
    ("noun", "bus", "en", ("bus", "minibus", "microbus", "school bus", "coach", "city bus",
                             "double decker bus", "double decker", "shuttle bus", "tour bus",
                             "articulated bus", "electric bus")),
    ("noun", "tricycle", "en", ("tricycle", "three wheeled vehicle", "three wheeler", "electric tricycle",
                                  "cargo tricycle", "motor tricycle", "motorized tricycle",
                                  "rickshaw", "pedicab", "trike", "open tricycle",
                                  "uncovered tricycle", "open bed tricycle", "3 wheeler", "cargo trike",
                                  "three wheeled cart", "tricycle taxi", "tricycle cart", "flatbed tricycle",
                                  "open three wheeler")),
    # VisDrone's tricycle with a canopy over it, however its canopy is named
    ("noun", "awning tricycle", "en", ("awning tricycle", "covered tricycle", "canopied tricycle",
                                         "canopy tricycle", "roofed tricycle", "awninged tricycle",
                                         "covered three wheeler", "canopied three wheeler",
                                         "roofed three wheeler", "awning three wheeler",
                                         # a motor rickshaw's cab is always roofed
                                         "tuk tuk", "auto rickshaw")),
    ("noun", "bicycle", "en", ("bicycle", "bike", "shared bicycle", "shared bike", "bike sharing bicycle",
                                 "bike sharing bike", "sharing bike")),
    ("noun", "motorcycle", "en", ("motorcycle", "motorbike", "motor", "scooter", "moped", "electric bike",
                                    "electric bicycle", "electric scooter", "electric motorcycle", "e bike",
                                    "ebike",
                                    "e scooter", "two wheeler", "motor scooter", "dirt bike",
                                    "delivery scooter", "2 wheeler", "motorized two wheeler",
                                    "motorised two wheeler")),
    ("noun", "pedestrian", "en", ("pedestrian", "person", "persons", "people", "walker", "man", "men",
                                    "woman", "women", "child", "children", "kid", "boy", "girl", "lady",
                                    "ladies", "guy",
                                    "student", "worker", "rider", "cyclist", "bicyclist", "motorcyclist",
                                    "biker",
                                    "bicycle rider", "bike rider", "motorcycle rider", "motorbike rider",
                                    "scooter rider", "e bike rider", "ebike rider", "moped rider",
                                    "traffic police officer", "traffic policeman", "traffic officer",
                                    "passerby", "passersby",
                                    "delivery man", "delivery rider", "delivery driver", "courier", "driver",
                                    "security guard", "policeman", "police officer", "guard",
                                    "shopper", "tourist", "jogger", "runner", "vendor", "street vendor",
                                    "customer",
                                    "passenger", "traveler", "traveller", "shopkeeper", "seller", "crowd",
                                    "couple")),
    ("noun", "roundabout", "en", ("roundabout", "traffic circle")),
    # Around a pool; a ship's deck is its part, a bridge's or a car park's the bridge or the car park
    ("noun", "deck", "en", ("deck", "pool deck", "patio", "sun deck")),
    ("noun", "pond", "en", ("pond",)),
    ("noun", "lawn", "en", ("lawn",)),
    ("noun", "vegetation", "en", ("vegetation", "greenery", "green area", "green space", "green land")),
    ("noun", "woods", "en", ("woods", "wood", "forest")),
    ("noun", "house", "en", ("house", "residential house", "family house", "detached house")),
    ("noun", "residential building", "en", ("residential building", "apartment building", "apartment block")),
    ("noun", "residential area", "en", ("residential area", "neighborhood", "neighbourhood",
                                          "residential neighborhood", "residential neighbourhood",
                                          "residential district", "residential zone", "housing estate",
                                          "housing area")),
    ("noun", "residential block", "en", ("residential block",)),  # a block of houses, asked for as said
    ("noun", "open area", "en", ("open area", "open space", "flat area", "open ground")),
    ("noun", "bare ground", "en", ("bare ground", "bare soil", "bare land", "bare earth", "soil",
                                   "barren land", "barren ground")),
    ("noun", "industrial area", "en", ("industrial area", "industrial zone", "industrial park",
                                       "industrial estate")),
    ("noun", "commercial area", "en", ("commercial area", "commercial district")),
    ("noun", "urban area", "en", ("urban area", "built up area", "city area")),
    ("noun", "rural area", "en", ("rural area", "countryside")),
    ("noun", "military base", "en", ("military base",)),
    ("noun", "intersection", "en", ("intersection", "crossroad", "junction", "road intersection")),
    ("noun", "container", "en", ("container", "shipping container", "cargo container", "storage container")),
    ("noun", "pipeline", "en", ("pipeline", "pipe")),
    ("noun", "median strip", "en", ("median strip", "median", "central reservation", "traffic island")),
    ("noun", "green belt", "en", ("green belt", "greenbelt", "green strip")),
    ("noun", "boarding bridge", "en",
     ("boarding bridge", "jet bridge", "jetway", "passenger boarding bridge")),
    ("noun", "crane", "en", ("crane", "container crane", "gantry crane", "quay crane")),
    ("noun", "helicopter", "en", ("helicopter",)),
    ("noun", "tugboat", "en", ("tugboat", "tug boat")),  # a ship of a kind, asked for as said
    ("noun", "helipad", "en", ("helipad", "heliport", "helicopter pad", "helicopter landing pad", "helideck",
                               "rooftop helipad")),
    ("noun", "hangar", "en", ("hangar", "hangar building", "aircraft hangar", "maintenance hangar")),
    ("noun", "water tower", "en", ("water tower",)),
    ("noun", "hospital", "en", ("hospital", "hospital building")),
    ("noun", "interchange", "en", ("interchange", "highway interchange", "road interchange",
                                   "freeway interchange")),
    ("noun", "greenhouse", "en", ("greenhouse",)),
    ("noun", "solar panel", "en", ("solar panel",)),
    ("noun", "tennis center", "en", ("tennis center", "tennis centre")),
    ("noun", "terminal", "en", ("terminal", "terminal building", "airport terminal", "passenger terminal",
                                "cargo terminal")),
    ("noun", "school", "en", ("school", "school building")),
    ("noun", "power plant", "en", ("power plant", "power station", "power plant building")),
    ("noun", "factory", "en", ("factory", "factory building", "plant building")),
    ("noun", "warehouse", "en", ("warehouse", "warehouse building", "storage building", "storage warehouse")),
    ("noun", "playground", "en", ("playground", "school playground")),
    ("noun", "campus", "en", ("school campus", "university campus", "college campus", "school compound")),
    ("noun", "container yard", "en", ("container yard", "container terminal", "container depot",
                                      "container storage area")),
    ("noun", "sports facility", "en", ("sports facility", "sports complex", "sports ground", "sports center",
                                       "sports centre", "sports venue")),
    ("noun", "construction site", "en", ("construction site", "building site", "construction area")),
    ("noun", "depot", "en", ("depot", "bus depot", "vehicle depot", "truck depot")),
    ("noun", "boat ramp", "en", ("boat ramp", "slipway", "boat launch")),
    ("noun", "ferry terminal", "en", ("ferry terminal", "ferry dock", "ferry pier")),
    ("noun", "power line", "en", ("power line", "transmission line", "power cable")),
    ("noun", "gas station", "en", ("gas station", "petrol station", "fuel station", "filling station",
                                   "service station")),
    ("noun", "loading area", "en", ("loading area", "loading dock", "loading bay", "loading zone")),
    # Bridges of a kind: asked of the detector as said; they span what they cross
    ("noun", "footbridge", "en", ("footbridge", "foot bridge", "pedestrian bridge")),
    ("noun", "railway bridge", "en", ("railway bridge", "railroad bridge", "rail bridge", "train bridge")),
    ("noun", "road bridge", "en", ("road bridge", "highway bridge")),
    ("noun", "school gate", "en", ("school gate",)),
    ("noun", "gate", "en", ("gate", "entrance gate", "main gate", "front gate")),
    ("noun", "ramp", "en", ("ramp", "on ramp", "off ramp", "exit ramp", "entrance ramp", "entry ramp",
                             "slip road")),
    # "X entrance" of these X (an entrance alone, or of another, is a free noun: "the tunnel entrance").
    ("noun", "entrance", "en", ("building entrance", "parking entrance", "station entrance",
                                "subway entrance", "mall entrance", "parking exit", "harbor entrance",
                                "parking lot entrance", "warehouse entrance", "factory entrance",
                                "airport entrance", "school entrance", "hospital entrance",
                                "harbour entrance", "port entrance", "road entrance")),
    ("noun", "shopping mall", "en", ("shopping mall", "shopping center", "shopping centre", "mall")),
    # Where storage tanks or windmills stand together: asked of the detector as said, a place they are in
    ("noun", "tank farm", "en", ("tank farm", "storage tank farm", "oil depot", "fuel depot")),
    ("noun", "wind farm", "en", ("wind farm", "windfarm", "wind park", "wind power plant")),
    ("noun", "bicycle parking", "en", ("bicycle parking", "bike parking", "bicycle parking area",
                                       "bike parking area", "bicycle rack", "bike rack")),
    ("noun", "pier", "en", ("pier", "dock", "wharf", "jetty", "oil jetty", "oil pier", "harbor pier",
                            "harbour pier", "harbor dock", "harbour dock", "harbor jetty", "harbour jetty",
                            "pontoon")),
    ("noun", "runway", "en", ("runway", "taxiway", "tarmac", "apron", "airport apron", "aircraft apron",
                              "open tarmac")),
    ("noun", "water", "en", ("water", "water body", "body of water", "waterbody", "open water")),
    ("noun", "marina", "en", ("marina",)), ("noun", "canal", "en", ("canal",)),
    ("noun", "bay", "en", ("bay",)), ("noun", "reservoir", "en", ("reservoir",)),
    ("noun", "sea", "en", ("sea", "ocean", "open sea", "open ocean")),
    ("noun", "traffic light", "en", ("traffic light", "traffic signal", "stop light", "red light",
                                     "green light")),
    ("noun", "bus stop", "en", ("bus stop", "bus station", "bus stand", "bus shelter")),
    ("noun", "taxi stand", "en", ("taxi stand", "taxi rank")),
    ("noun", "lane", "en", ("lane", "road shoulder", "highway shoulder", "hard shoulder", "emergency lane")),
    ("noun", "bicycle lane", "en", ("bicycle lane", "bike lane", "cycle lane", "bike path", "bicycle path",
                                    "cycle path", "non motorized lane",
                                    "non motor vehicle lane", "non motorized vehicle lane")),
    ("noun", "stop line", "en", ("stop line", "stopping line")),
    ("noun", "bus lane", "en", ("bus lane",)),
    ("noun", "turning lane", "en", ("turning lane", "turn lane", "left turn lane", "right turn lane")),
    ("noun", "street lamp", "en", ("street lamp", "street light", "streetlight", "lamp post", "lamppost")),
    ("noun", "road marking", "en", ("road marking", "lane marking", "lane line", "center line", "centre line",
                                    "centerline", "middle line", "solid line", "dashed line",
                                    "lane divider")),
    ("noun", "square", "en", ("square", "plaza")),
    ("noun", "market", "en", ("market", "marketplace", "street market", "market street", "bazaar")),
    ("noun", "market stall", "en", ("market stall", "street stall", "food stall")),
    ("noun", "sidewalk", "en", ("sidewalk", "pavement edge", "footpath", "walkway")),
    ("noun", "crosswalk", "en", ("crosswalk", "zebra crossing", "pedestrian crossing")),
    ("noun", "park", "en", ("park",)),
    # What spans another thing when it crosses it ("the bridge across the river"); anything else that
    # crosses a road or a river is on it ("the pedestrians crossing the road").
    ("spans", None, "en", ("bridge", "overpass", "road", "railway", "dam", "runway", "pipeline", "flyover",
                           "expressway toll station", "footbridge", "railway bridge", "road bridge")),
    # Qualities.
    ("colour", "white", "en", ("white", "whitish", "cream", "ivory")),
    ("colour", "black", "en", ("black", "blackish")),
    ("colour", "gray", "en", ("gray", "grey", "silver", "grayish", "greyish")),
    ("colour", "red", "en", ("red", "reddish", "maroon")),
    ("colour", "green", "en", ("green", "greenish", "olive")),
    ("colour", "blue", "en", ("blue", "bluish", "navy")),
    ("colour", "yellow", "en", ("yellow", "yellowish", "golden", "gold")),
    ("colour", "brown", "en", ("brown", "brownish", "tan", "beige", "khaki")),
    ("colour", "orange", "en", ("orange",)),
    ("colour", "purple", "en", ("purple", "violet")),
    ("colour", "pink", "en", ("pink",)),
    ("colour", "cyan", "en", ("cyan", "turquoise", "teal")),
    ("colour", "dark", "en", ("dark", "darker in color", "darker in colour")),
    ("colour", "bright", "en", ("bright", "light", "pale", "lighter in color", "lighter in colour")),
    ("colour", "white", "fr", ("blanc", "blanche", "blancs", "blanches")),
    ("colour", "red", "fr", ("rouge", "rouges")),
    ("size", "small", "en", ("small", "little", "tiny", "mini", "smaller", "shorter", "narrower", "miniature",
                             "compact", "small sized", "short")),
    ("size", "medium", "en", ("medium", "medium sized", "medium size", "mid sized", "mid size",
                              "midsize", "midsized", "middle sized", "moderately sized",
                              "moderate sized", "moderate size", "average sized", "intermediate sized",
                              "of medium size", "of average size", "of moderate size")),
    ("size", "large", "en", ("of large size", "of a large size", "of great size")),
    ("size", "small", "en", ("of small size", "of a small size")),
    ("size", "large", "en", ("large", "big", "huge", "giant", "massive", "larger", "bigger", "vast",
                             "enormous", "sizable", "sizeable", "longer", "wider", "large sized", "big sized",
                             "wide", "broad", "bulky", "thick")),
    ("shape", "round", "en", ("round", "circular", "circle", "rounded", "cylindrical")),
    ("shape", "square", "en", ("square", "square shaped")),
    ("shape", "rectangular", "en", ("rectangular", "rectangle", "oblong")),
    ("shape", "long", "en", ("long", "elongated", "slender", "thin", "narrow", "strip", "linear")),
    ("shape", "oval", "en", ("oval", "elliptical", "ellipse")),
    ("shape", "curved", "en", ("curved", "curving", "winding", "arc", "bent")),
    # Cut off by the view's edge: "partially cut off by the left edge of the image".
    ("truncated", None, "en", ("cut off", "truncated", "out of the image", "out of the frame", "out of frame",
                               "out of the picture", "outside the image", "outside the frame",
                               "partially outside the frame", "partially outside the image",
                               "partly outside the image", "partially cropped", "beyond the frame",
                               "beyond the image", "beyond the image border", "beyond the image edge",
                               "beyond the border", "beyond the edge of the image",
                               "beyond the edge of the frame", "beyond the border of the image",
                               "beyond the image boundary",
                               "partly cropped", "partially clipped", "partly clipped", "incomplete",
                               "incompletely shown", "only partially shown", "partially shown")),
    # Wholly in the view, not cut off by its edge: "the complete tennis court", "fully visible".
    ("whole", None, "en", ("complete", "fully visible", "completely visible", "entirely visible",
                           "fully shown", "completely shown", "fully within the image",
                           "entirely within the image", "fully in view", "wholly visible")),
    # Cut off only when the view's edge follows ("clipped by the image border"); else not understood.
    ("cut", None, "en", ("cut", "clipped", "cropped")),
    # "running east-west", "a north-south road": the way it lies, as a map says it (not two places)
    ("orientation", "horizontal", "en", ("horizontal", "horizontally", "east west", "west east",
                                         "east to west", "west to east")),
    ("orientation", "vertical", "en", ("vertical", "vertically", "north south", "south north",
                                       "north to south", "south to north")),
    ("orientation", "diagonal", "en", ("northeast southwest", "southwest northeast", "northwest southeast",
                                       "southeast northwest", "north east south west",
                                       "north west south east",
                                       "diagonal", "diagonally", "obliquely", "slanted", "tilted",
                                       "at an angle", "angled", "skewed", "oblique", "at a slight angle",
                                       "at a slant")),
    # Where in the view: each word one or two of program.POSITIONS.
    ("place", ("left",), "en", ("left", "left hand", "lefthand")),
    ("place", ("right",), "en", ("right", "right hand", "righthand")),
    ("place", ("top",), "en", ("top", "upper")),
    ("place", ("bottom",), "en", ("bottom", "lower")),
    ("place", ("center",), "en", ("middle", "center", "centre", "central", "centrally", "dead center",
                                  "dead centre")),
    # "mid-left": the middle of that side ("mid" alone is "mid-sized", "mid-flight")
    # "up" and "down" for top and bottom, beside a side ("in the up right", "the left down corner")
    ("place", ("top", "left"), "en", ("up left", "left up")),
    ("place", ("top", "right"), "en", ("up right", "right up")),
    ("place", ("bottom", "left"), "en", ("down left", "left down")),
    ("place", ("bottom", "right"), "en", ("down right", "right down")),
    ("place", ("top",), "en", ("up side",)), ("place", ("bottom",), "en", ("down side",)),
    ("place", ("center", "left"), "en", ("mid left",)), ("place", ("center", "right"), "en", ("mid right",)),
    ("place", ("center", "top"), "en", ("mid top", "mid upper")),
    ("place", ("center", "bottom"), "en", ("mid bottom", "mid lower")),
    ("place", ("north",), "en", ("north", "northern")),
    ("place", ("south",), "en", ("south", "southern")),
    ("place", ("east",), "en", ("east", "eastern")),
    ("place", ("west",), "en", ("west", "western")),
    ("place", ("north", "east"), "en", ("northeast", "northeastern")),
    ("place", ("north", "west"), "en", ("northwest", "northwestern")),
    ("place", ("south", "east"), "en", ("southeast", "southeastern")),
    ("place", ("south", "west"), "en", ("southwest", "southwestern")),
    ("place_part", None, "en",
     ("side", "sides", "part", "parts", "corner", "edge", "half", "area", "region", "end", "portion", "back",
      "rear",
      "section", "quadrant", "bank", "border", "margin", "zone", "tip", "edges", "corners", "borders",
      "margins", "quadrants", "regions", "areas", "periphery", "third", "thirds", "boundary", "boundaries")),
    ("image", None, "en",
     ("image", "picture", "scene", "view", "photo", "map", "figure", "frame", "photograph", "imagery",
      "footage")),
    # What kind of image: "in this aerial image", "the satellite image provided", "the drone footage".
    ("image_kind", None, "en", ("aerial", "satellite", "remote sensing", "drone", "given", "provided",
                                "overhead", "top down", "bird s eye", "birds eye", "high resolution",
                                "optical")),
    ("far", None, "en", ("far", "extreme", "very")),
    # How many.
    ("number", 1, "en", ("one", "single", "a", "an", "lone", "only", "unique", "sole")),
    ("number", 2, "en", ("two", "both", "pair", "couple", "a pair of", "a couple of", "pair of",
                         "couple of")),
    ("number", 3, "en", ("three",)), ("number", 4, "en", ("four",)), ("number", 5, "en", ("five",)),
    ("number", 6, "en", ("six",)), ("number", 7, "en", ("seven",)), ("number", 8, "en", ("eight",)),
    ("number", 9, "en", ("nine",)), ("number", 10, "en", ("ten",)),
    ("number", 11, "en", ("eleven",)), ("number", 12, "en", ("twelve", "dozen", "a dozen")),
    ("number", 1, "fr", ("un", "une")),
    ("every", None, "en", ("all", "every", "each", "several", "many", "some", "multiple", "various", "few",
                           "a few", "numerous", "dozens of", "a number of", "plenty of", "a lot of",
                           "lots of")),
    ("ordinal", 1, "en", ("first", "1st")), ("ordinal", 2, "en", ("second", "2nd")),
    ("ordinal", 3, "en", ("third", "3rd")), ("ordinal", 4, "en", ("fourth", "4th")),
    ("ordinal", 5, "en", ("fifth", "5th")), ("ordinal", 6, "en", ("sixth", "6th")),
    ("ordinal", 7, "en", ("seventh", "7th")), ("ordinal", 8, "en", ("eighth", "8th")),
    ("ordinal", 9, "en", ("ninth", "9th")), ("ordinal", 10, "en", ("tenth", "10th")),
    # The other end: "the last car in the row" (either end, `Reader._along_a_row`), "in the queue" (the
    # farthest from what it waits at); "the last from the left" is not an order (named).
    ("ordinal", 1, "en", ("last", "final")),
    ("superlative", "largest", "en", ("largest", "biggest", "widest", "longest")),
    # "the main road": of the roads in view, the largest (the widest and longest), when no other order is
    # said ("the smallest main building" names "main"); the reading says so.
    ("main", None, "en", ("main", "major")),
    ("superlative", "smallest", "en", ("smallest", "tiniest", "narrowest", "shortest")),
    ("superlative", "central", "en", ("centermost", "centremost", "middlemost", "most central")),
    # "most" written apart ("the most right vehicle", "positioned most to the left", "the most top-left
    # plane"), and a corner's ("the top-right-most vehicle" is "top rightmost").
    ("superlative", "leftmost", "en", ("leftmost", "lefternmost", "most left", "most to the left",
                                       "left most")),
    ("superlative", "rightmost", "en", ("rightmost", "righternmost", "most right", "most to the right",
                                        "right most")),
    ("superlative", "topmost", "en", ("topmost", "uppermost", "highest", "topernmost", "most top",
                                      "most upper", "most to the top")),
    ("superlative", "bottommost", "en", ("bottommost", "lowermost", "lowest", "bottomernmost",
                                         "most bottom", "most lower", "most to the bottom")),
    ("superlative", "top_leftmost", "en", ("top leftmost", "upper leftmost", "most top left",
                                           "most upper left")),
    ("superlative", "top_rightmost", "en", ("top rightmost", "upper rightmost", "most top right",
                                            "most upper right")),
    ("superlative", "bottom_leftmost", "en", ("bottom leftmost", "lower leftmost", "most bottom left",
                                              "most lower left")),
    ("superlative", "bottom_rightmost", "en", ("bottom rightmost", "lower rightmost", "most bottom right",
                                               "most lower right")),
    ("superlative", "northernmost", "en", ("northernmost", "northmost", "most northern", "most northerly")),
    ("superlative", "southernmost", "en", ("southernmost", "southmost", "most southern", "most southerly")),
    ("superlative", "easternmost", "en", ("easternmost", "eastmost", "most eastern", "most easterly")),
    ("superlative", "westernmost", "en", ("westernmost", "westmost", "most western", "most westerly")),
    ("superlative", "closest", "en", ("closest", "nearest", "closer", "nearer")),  # "the one closer to"
    ("superlative", "farthest", "en", ("farthest", "furthest", "farther", "further")),
    # Negation and exclusion: what follows is taken away.
    ("negation", "not", "en", ("not", "n't", "never", "no", "non", "neither")),
    ("exclusion", "except", "en", ("except", "except for", "excluding", "apart from", "aside from")),
    ("exclusion", "other than", "en", ("other than", "rather than")),
    ("exclusion", "but", "en", ("but",)),
    ("exclusion", "without", "en", ("without", "lacking")),
    # Frames: a command to the reader, pronouns for the target, the words that join.
    ("command", None, "en",
     ("find", "search", "search for", "locate", "show", "show me", "give me", "segment", "detect", "identify",
      "highlight", "mark", "select", "extract", "get", "outline", "please", "look for", "where is", "spot",
      "point out", "pick out", "where are", "can you find", "i want", "i need", "this is", "these are",
      "here is", "here are", "there is", "there are", "the image shows", "this image shows",
      "the image contains", "the picture shows", "the image depicts")),
    ("pronoun", None, "en", ("it", "they", "them", "which", "that", "who", "whose", "this", "these", "those",
                              "its", "their", "his", "her", "him", "one", "ones", "what", "there", "here")),
    ("determiner", None, "en", ("the", "a", "an", "this", "these", "those", "that", "any")),
    ("determiner", None, "fr", ("le", "la", "les", "l", "de", "du", "des")),
    ("copula", None, "en", ("is", "are", "be", "being", "been", "was", "were", "s", "appears", "appear",
                             "seems", "seem", "can", "could")),
    ("and", None, "en", ("and", "&", "as well as", "plus")),
    ("or", None, "en", ("or",)),
    # Verbs that say where or that the object is, and no more: read as nothing.
    ("state", None, "en",
     ("located", "locates", "situated", "positioned", "placed", "lying", "lies", "lie", "standing", "stands",
      "stand",
      "sitting", "sits", "sit", "found", "seen", "visible", "shown", "present", "built", "parked", "park",
      "parks", "parking", "docked", "moored", "berthed", "anchored", "stationed", "set", "scattered",
      "jutting", "projecting", "protruding",
      "spread", "distributed", "arranged", "lined", "lined up", "aligned", "clustered", "grouped", "gathered",
      "adjacent", "together", "side by side", "featuring", "featured", "depicted", "captured", "observed",
      "occupying", "occupies", "occupy", "resting", "rests", "waiting", "stopped", "stationary", "sitting",
      "exists", "exist", "existing", "presents", "appearing", "also", "both", "just", "exactly", "overall",
      "entire", "whole", "completely", "fully", "partially", "partly", "mostly", "clearly", "quite", "rather",
      "relatively", "colored", "coloured", "color", "colour", "nearby", "fairly", "extremely", "obviously",
      "regularly", "unevenly",
      "in view", "other", "another", "others",
      "side by side", "next to each other", "close to each other", "near each other", "shaped", "roofed",
      "together", "individually", "separately", "squatting", "crouching", "kneeling", "playing",
      "chatting", "talking", "gathering", "in rows", "in two rows", "in three rows", "in several rows",
      "in parallel rows", "in neat parallel rows", "in parallel lines",
      "in columns", "stacked", "piled", "in a cluster", "in clusters",
      "topped", "bodied", "hulled", "painted", "structure", "structures", "facility", "feature", "features",
      "extending", "extends", "stretching", "stretches", "sandwiched", "squeezed", "wedged", "tucked",
      "nestled", "perched", "tied", "tied up", "covering", "covers", "taking up", "takes up", "most of",
      "much of",
      # how, not which: "neatly parked", "almost at the center", "the neighbouring tanks"
      "roughly", "approximately", "almost", "nearly", "neatly", "neat", "tidy", "spaced", "evenly", "closely",
      "prominently", "conspicuously",
      "tightly", "densely",
      "uniformly", "orderly", "neighboring", "neighbouring", "entirely", "distinct", "prominent",
      "noticeable", "conspicuous", "distinctive", "comparatively", "unlike the others",
      "differs from the others", "different from the others", "stands out from the others",
      "stands out as", "stand out as", "standing out as",
      "standing out from the others",
      "with its longer side", "with its long side", "its longer side", "its long side", "with its long axis",
      "its long axis", "whose longer side is", "whose long side is", "close together", "closely together",
      "on all sides", "on three sides",
      "continues", "continuing", "when counted", "when counting", "counting", "counted", "in parallel",
      "in contrast to the others", "in contrast with the others", "in contrast to the rest",
      "unlike the rest", "in that area", "in this area", "in that region", "in that part of the image",
      # what every bridge over a river does
      "connecting the two banks", "connecting both banks", "connecting the banks", "linking the two banks",
      "linking both banks", "joining the two banks",
      # how a group stands: "moored in a tight cluster"
      "in a tight cluster", "in a dense cluster", "in a tight group", "in a close group", "in formation",
      "in a tight formation", "in a single line", "in a straight line", "in a neat row", "in a straight row",
      "in neat rows", "in a single row", "in one row", "packed", "packed together",
      "packed closely together", "tightly packed", "spread apart", "spread far apart", "spaced apart",
      "spaced far apart", "widely spaced", "spread out", "spread widely")),
    # The queue an ordinal counts in, toward what it waits at: "the first car in the queue at the light".
    ("queue", None, "en", ("in the queue", "in a queue", "in the line", "of the queue")),  # "in line": any
    # A drone photo's near side is the bottom of the view, its far side the top (`places._view_side`).
    ("view_side", ("bottom",), "en", ("in the foreground", "in the near foreground")),
    ("view_side", ("top",), "en", ("in the background", "in the far background", "in the distance",
                                   "in the far distance", "far in the distance")),
    # The camera of a drone's photo: nearest it is the bottom of the view (`places._toward_the_camera`).
    ("camera", None, "en", ("camera", "drone")),  # not "the viewer": a satellite's looks straight down
    # When the picture was taken (true of everything in it), how they stand, among the traffic: it selects
    # nothing.
    ("state", None, "en", ("at night", "in the night", "at dusk", "at dawn", "during the day", "in daylight",
                           "in the daytime", "at daytime", "leaning", "leans", "lean", "in a group",
                           "in groups", "as a group", "in pairs", "halfway", "through traffic", "in traffic",
                           "through the traffic", "in the traffic", "in heavy traffic",
                           "in the heavy traffic", "in the midst of traffic", "amid traffic",
                           "amidst traffic", "among traffic", "among the traffic", "already", "recently",
                           "by themselves", "on their own",
                           # the weather, true of everything in the picture
                           "on a sunny day", "on a cloudy day", "on a rainy day", "in the rain",
                           "in the snow",
                           # how the picture was taken
                           "as seen from above", "seen from above", "viewed from above",
                           "from a bird s eye view", "from a birds eye view", "from a bird eye view",
                           "seen from the top", "from the top view", "from an aerial view", "from overhead",
                           "from the viewer s perspective", "from the viewers perspective",
                           "from the viewer s point of view", "from this perspective",
                           "from the perspective of the viewer", "from the observer s perspective")),
    # Words for a group of the objects named after them: "a cluster of white tanks" is the tanks.
    ("collective", None, "en", ("cluster", "group", "crowd", "row", "rows", "line", "lines", "set", "fleet",
                                "bunch", "queue", "file", "groups", "clusters", "crowds", "sets", "fleets",
                                "bunches", "arrays", "queues", "patch", "patches", "clump", "grove", "grid",
                                "series", "array", "collection", "multitude", "lineup", "line up",
                                "assemblage")),
    # How objects stand together, no object of its own: "in the column of planes" is the planes (a group an
    # order counts in), "in the middle column" of them is named.
    ("arrangement", None, "en", ("column", "columns")),
    ("noun", "column", "en", ("column",)),  # as a target: a pillar
    # Motion: one picture cannot tell a moving car from a still one, so these say where it is, no more;
    # a direction right after one is where it goes or faces, not where it is ("turning left"): unread.
    ("motion", None, "en", (
      "moving", "moves", "move", "traveling", "travelling", "travels", "travel", "driving", "drives", "drive",
      "going", "goes", "go", "running", "runs", "heading", "heads", "passing", "passes", "turning", "turns",
      "navigating", "navigates", "navigate", "cruising", "sailing", "sails", "flying", "taxiing", "queued",
      "queuing", "queueing", "waits", "wait", "stopping", "stops", "walking", "walks",
      "walk", "riding", "rides", "ride", "following", "follows", "approaching", "approaches", "entering",
      "enters", "leaving", "leaves", "exiting", "exits", "merging", "overtaking", "carrying", "towing",
      "loading", "unloading", "facing", "faces", "pointing", "points", "oriented", "headed", "flowing",
      "flows", "drifting", "drifts", "entered", "weaving", "reversing", "jaywalking", "speeding",
      "zigzagging", "accelerating", "braking", "backing", "pulling", "pulls", "dragging", "drags", "pushing",
      "pushes", "strolling", "wandering", "jogging", "cycling", "pedaling", "pedalling", "ridden", "driven",
      "pushed", "pedaled", "pedalled", "towed", "steered")),
    # Waiting in a queue: an ordinal then counts from what it waits at ("the first car waiting at the light").
    ("waiting", None, "en", ("waiting", "waits", "queued", "queuing", "queueing", "lined up", "stopped")),
    # The verbs of motion after which a direction is the way it goes or faces ("driving toward the top",
    # "heading north", "facing the upper left"): its heading. After the others ("turning left", "approaching
    # from the bottom") a direction stays unread.
    ("course", None, "en", (
      "moving", "moves", "move", "traveling", "travelling", "travels", "travel", "driving", "drives", "drive",
      "going", "goes", "go", "running", "runs", "heading", "heads", "headed", "cruising", "sailing", "sails",
      "flying", "taxiing", "walking", "walks", "walk", "riding", "rides", "ride", "facing", "faces",
      "pointing", "points", "oriented", "flowing", "flows", "navigating", "navigates", "navigate",
      "strolling", "jogging", "cycling", "pedaling", "pedalling")),
    # Verbs of motion whose object the object is in: "entering the station".
    ("entering", None, "en", ("entering", "enters", "enter", "entered")),
    # Words that say a heading by themselves.
    ("way", ("top",), "en", ("upward", "upwards", "from bottom to top", "from the bottom to the top")),
    ("way", ("bottom",), "en", ("downward", "downwards", "from top to bottom", "from the top to the bottom")),
    ("way", ("left",), "en", ("leftward", "leftwards", "from right to left", "from the right to the left")),
    ("way", ("right",), "en",
     ("rightward", "rightwards", "from left to right", "from the left to the right")),
    ("way", ("north",), "en", ("northward", "northwards", "northbound")),
    ("way", ("south",), "en", ("southward", "southwards", "southbound")),
    ("way", ("east",), "en", ("eastward", "eastwards", "eastbound")),
    ("way", ("west",), "en", ("westward", "westwards", "westbound")),
    ("state", None, "en", ("overlapping", "overlaps", "touching", "touches")),
    # Far from the others of its kind ("the isolated windmill"): `far_from` the target's own class.
    ("isolated", None, "en", ("isolated", "solitary", "standalone", "secluded", "apart from the others",
                              "set apart from the others", "away from the others", "set apart", "lonely",
                              "most isolated", "alone", "by itself", "on its own", "all alone")),
    # Qualities the selection cannot judge from above, and no kind of `program.UNJUDGED_KINDS`: known, and
    # named as not understood (unread).
    ("unjudged", None, "en", ("triangle", "second to last", "second last", "third to last", "next to last",
                              "penultimate", "last but one", "queue", "mid", "front", "most", "no longer",
                              "not anymore", "any longer",
                              # abstract nouns, never an object to find ("near position" was an anchor)
                              "position", "location", "direction", "angle", "perspective", "vicinity",
                              "proximity", "midst", "time", "weather", "distance", "background",
                              "foreground", "in a hurry",
                              "innermost", "outermost")),
    # Said, understood and not judged (`program.UNJUDGED_KINDS`): the reading keeps them, the answer says
    # so. A whole phrase is taken with its word: "in the opposite direction to the bus", "partially
    # covered by the shadows of trees", "casting a long shadow toward the left".
    # How fast: "moving slowly", "stuck in traffic" (one picture shows no speed).
    ("unjudged", "motion", "en", ("slowly", "quickly", "rapidly", "fast", "at speed", "at high speed",
                                  "stuck in traffic", "stuck in the traffic", "stuck in a traffic jam",
                                  "stuck in the traffic jam", "in a traffic jam", "in the traffic jam",
                                  "in heavy traffic", "stuck", "heading out to sea",
                                  # which way round it goes: not "the second clockwise from the top"
                                  *(f"{going} {way}" for going in ("driving", "moving", "going", "traveling",
                                                                   "travelling", "circling", "circulating")
                                    for way in ("clockwise", "counterclockwise", "counter clockwise",
                                                "anticlockwise")),
                                  "sailing out to sea",
                                  "waiting to turn", "waiting to turn left", "waiting to turn right",
                                  "about to turn", "about to turn left", "about to turn right",
                                  "preparing to turn", "preparing to turn left", "preparing to turn right")),
    # A wake however said ("leaving a long white wake behind it") is read by `NotJudged._wake`.
    ("unjudged", "motion", "en", ("wake behind it", "in the same direction as", "in the same direction",
                                  "in the opposite direction", "in opposite directions", "turning left",
                                  "turning right", "turns left", "turns right", "turn left", "turn right",
                                  "turning around", "making a left turn", "making a right turn",
                                  "making a u turn", "making a turn", "u turn", "a left turn",
                                  "a right turn")),
    ("unjudged", "height", "en", ("low", "high", "tall", "taller", "tallest", "elevated", "raised", "squat",
                                  "multi story", "multistory", "multi storey", "multi level", "high rise")),
    # How new, busy or full, what it is for: "the busy road", "an empty parking lot", "the military plane".
    ("unjudged", "condition", "en", ("busy", "crowded", "empty", "full", "vacant", "occupied", "unused",
                                     "modern", "old", "new", "abandoned", "derelict", "damaged", "ruined",
                                     "under construction", "under repair", "being built", "being repaired",
                                     "unfinished", "idle", "elderly", "young", "clean", "dirty", "faded",
                                     "messy", "quiet", "unoccupied", "sprawling", "landed", "grounded",
                                     "lush", "dense", "sparse", "overgrown", "open", "floating", "bare",
                                     "overhanging")),
    ("unjudged", "use", "en", ("commercial", "industrial", "military", "civilian", "private", "public",
                               "agricultural", "recreational", "rural", "urban", "dedicated", "minor",
                               "outdoor", "indoor", "residential", "local", "naval")),
    # Roof pitch and lanes or engines: "a flat-roofed building", "a four-lane road", "a twin-engine plane".
    # A marking painted on it, how it is turned beside others: "marked with an H", "rotated relative to"; a
    # tank's roof that rides on what it holds
    ("unjudged", "part", "en", ("marked with", "painted with", "marked by", "labelled with", "labeled with",
                               "floating roof", "floating roofs")),
    ("unjudged", "alignment", "en", ("parallel", "in parallel", "parallel to each other",
                                     "parallel to one another", "facing each other", "face to face",
                                     "facing opposite directions", "facing away from each other",
                                     # as the others do, whose row or way is not told
                                     "in the same row", "in the same line", "in the same column",
                                     "facing the same direction", "facing the same way",
                                     "pointing in the same direction", "oriented in the same direction",
                                     "all facing the same direction",
                                     "nose to nose", "tail to tail", "nose to tail", "head to tail",
                                     "head to head", "bumper to bumper", "wingtip to wingtip",
                                     "one behind another", "one behind the other", "one after another",
                                     "one after the other", "on both sides", "on both sides of it",
                                     "on either side", "on either side of it", "on each side", "on all sides",
                                     "on all four sides", "on three sides", "on all visible sides",
                                     "on several sides", "on two sides", "on multiple sides",
                                     "in a triangle", "in a triangular pattern", "wing to wing",
                                     "bow to stern", "stern to bow", "back to back",
                                     "along both sides", "along both of its sides", "on both of its sides")),
    ("unjudged", "alignment", "en", ("rotated compared to", "rotated relative to", "angled relative to",
                                     "tilted relative to", "rotated with respect to", "angled compared to",
                                     "oriented differently from", "turned relative to")),
    ("unjudged", "height", "en", ("flat roofed", "flat roof", "flat deck", "flat top", "pitched roof", "flat",
                                  "gabled",
                                  "at different levels",
                                  "on different levels", "at different heights")),
    ("unjudged", "part", "en", ("single lane", "two lane", "three lane", "four lane", "six lane",
                                "eight lane",
                                "multi lane", "multilane", "double lane", "single engine", "twin engine",
                                "two engine", "four engine", "jet engine", "two wheeled", "three wheeled",
                                "four wheeled", "six wheeled", "multi wheeled", "four wheel drive",
                                "all wheel drive", "two bladed", "three bladed", "four bladed",
                                "multi bladed")),
    # How light or dark it is beside another: "darker than the others", "lighter in colour than the tank
    # below it" (`NotJudged._tone_compared`).
    ("tone_compared", None, "en", ("darker", "lighter", "brighter", "paler", "duller", "whiter",
                                   "more faded", "more colorful", "more colourful", "more vivid",
                                   "more reflective", "darker colored", "lighter colored",
                                   "darker coloured", "lighter coloured")),
    # What it is made of: "the concrete dam", "a wooden dock", "the dirt road".
    # A pattern, a sheen, many colours at once: no one named colour to measure ("the colourful boat").
    ("unjudged", "look", "en", ("colorful", "colourful", "multicolored", "multicoloured", "multi colored",
                                "multi coloured", "two tone", "striped", "patterned", "shiny", "glossy",
                                "reflective", "checkered", "chequered", "blurred", "blurry",
                                "out of focus", "clear")),
    # Turned off the image's axes, how far not said ("slightly rotated clockwise"): not judged.
    ("unjudged", "alignment", "en", ("rotated", "rotated clockwise", "rotated counterclockwise",
                                     "rotated counter clockwise", "rotated anticlockwise",
                                     "rotated to the left", "rotated to the right")),
    ("unjudged", "material", "en", ("concrete", "wooden", "metal", "metallic", "steel", "brick",
                                    "stone", "dirt", "sandy", "grassy", "paved",
                                    "unpaved", "earthen", "tiled", "glass", "clay",
                                    "made of concrete", "made of steel", "made of brick", "made of stone",
                                    "made of wood", "made of metal")),
    # Outlines `select` does not measure (it measures round, square, rectangular, oval, long, curved); any
    # "<word> shaped" the table does not know is one too ("kidney shaped", `NotJudged._outline`).
    ("unjudged", "outline", "en", ("frustum of a cone", "frustum", "cone shaped", "diamond shaped",
                                   "diamond shape", "triangular", "hexagonal",
                                   "octagonal", "pentagonal", "trapezoidal", "polygonal", "irregular",
                                   "irregularly shaped", "semicircular", "semi circular", "crescent",
                                   "half moon", "straight", "boxy")),
    ("unjudged", "shadow", "en", ("shade", "shadow", "shadows", "in the sun", "in the sunshine",
                                  "in sunlight", "in direct sunlight")),
    # "obscured" is "covered"
    ("unjudged", "cover", "en", ("partially visible", "partly visible", "only partially visible",
                                 "only partly visible", "barely visible", "only half visible")),
    # Covered by something ("partially covered by trees", "hidden under the bridge"): not judged.
    ("covered", None, "en", ("covered", "obscured", "hidden", "shaded", "blocked", "occluded", "shadowed")),
    # Verbs whose object is a shadow: "casting a long shadow", "that casts a shadow to the left".
    ("casting", None, "en", ("casting", "casts", "cast", "throwing", "throws", "with", "has", "having",
                             "showing", "shows")),
    # What it is: "the vehicle that appears to be a truck", "which looks like a white van".
    ("being", None, "en", ("is", "appears to be", "appear to be", "seems to be", "seem to be", "looks like",
                           "look like", "resembles", "is probably", "is likely", "appearing to be",
                           "likely", "probably", "possibly", "presumably", "seemingly", "apparently",
                           "most likely", "looking like", "resembling")),
    # Why it is seen: "that stands out due to its red colour" (the colour is its own).
    ("reason", None, "en", ("due to", "because of", "thanks to", "owing to", "distinguished by",
                            "characterized by", "characterised by", "notable for", "noticeable for",
                            "recognizable by", "recognisable by", "identifiable by", "known for",
                            "marked by", "by virtue of", "distinguishable by", "recognized by",
                            "recognised by", "identified by", "noticeable by")),
    # What a person or a vehicle carries, holds or pushes: seen with it from above, not told apart from it
    # ("the woman holding an umbrella", "the truck carrying sand", "with a backpack"; a hat is worn).
    ("carried", None, "en", ("umbrella", "umbrellas", "cargo", "goods", "luggage",
                             "load", "bag", "bags", "backpack", "backpacks", "suitcase", "box", "boxes",
                             "sand", "gravel", "passenger", "passengers", "driver", "drivers", "customer",
                             "customers", "stroller",
                             "pram", "cart", "trolley", "phone", "package", "packages", "parcel", "parcels",
                             "basket", "flag", "sign", "dog", "dogs")),
    # Verbs whose object is carried: "holding", "pushing a stroller", "loaded with goods".
    ("carrying", None, "en", ("holding", "holds", "carrying", "carries", "pushing", "pushes", "pulling",
                              "pulls", "dragging", "drags", "loaded with", "laden with", "picking up",
                              "walking", "wearing", "wears", "transporting", "transports", "towing", "tows",
                              "delivering", "loading", "unloading")),
    # How a shadow falls: "its shadow falling across the road", "extending to the left".
    # and "state" verbs
    ("falling", None, "en", ("falling", "falls", "fall", "projecting", "projected", "cast", "casts")),
    # How much a comparison holds: "a little smaller than" is read as smaller than, "a little" not judged.
    ("degree", None, "en", ("a little", "a bit", "slightly", "much", "far", "way", "significantly",
                            "somewhat", "considerably", "a lot", "marginally", "notably", "noticeably",
                            "distinctly", "substantially", "markedly", "visibly")),
    # Words that join, and carry no meaning of their own once the phrase they begin is read (a phrase left
    # unread is reported by its content words).
    ("function", None, "en", ("of", "to", "from", "into", "onto", "for", "as", "at", "in", "on", "up", "down",
                              "out", "off", "about", "toward", "towards", "upon", "then", "so", "too", "also",
                              "each other", "one another", "in a row", "in a line", "in line", "in a column",
                              "in it", "in them", "on it", "along it", "along them", "through it",
                              "alongside it", "alongside them", "surrounding it", "surrounding them",
                              "in shape", "in form", "in outline", "in color", "in colour", "in size",
                              "of its kind", "of their kind", "in this part", "in that part", "in question",
                              "in an organized manner", "in an orderly manner",
                              "in an orderly fashion", "in an organized fashion",
                              "in this portion", "in this section", "in this region",
                              "visually", "respectively", "likely", "possibly",
                              "mainly", "most likely", "most probably", "specifically", "namely", "probably",
                              "seemingly", "apparently", "presumably", "perhaps", "on deck", "on board",
                              "in the surroundings",
                              "precisely", "around it", "near it", "next to it", "beside it", "around them",
                              "beside each other",
                              "near them")),
    # Units of a distance.
    ("unit", 1.0, "en", ("m", "meter", "meters", "metre", "metres")),
    ("unit", 1000.0, "en", ("km", "kilometer", "kilometers", "kilometre", "kilometres")),
    # Parts of an object whose colour is the object's: "the plane with a white body".
    ("part", None, "en", ("body", "roof", "roofs", "top", "deck", "hull", "surface", "cover", "canopy",
                           "shape", "size", "cap",
                           "fuselage", "cabin", "exterior", "paint", "shell", "color", "colour", "colors",
                           "colours", "tone", "hue", "water", "livery", "paintwork", "paint job")),
    # What a person wears: seen from above, its colour is the person's ("the man in a red shirt").
    ("clothing", None, "en", ("shirt", "shirts", "t shirt", "jacket", "jackets", "coat", "coats", "dress",
                              "clothes", "clothing", "uniform", "uniforms", "sweater", "hoodie", "vest",
                              "skirt", "raincoat", "top", "outfit", "pants", "trousers", "jeans", "shorts",
                              "shoes", "suit", "blouse", "sweatshirt", "cap", "hat", "helmet")),
    # Small parts: their colour is not the object's ("a white plane with a blue tail"), and not judged.
    ("minor_part", None, "en", ("tail", "nose", "wing", "wings", "engine", "engines", "stripe", "stripes",
                                "sail", "sails", "trim", "logo", "marking", "markings", "window", "windows",
                                "blade", "blades", "rotor", "rotors", "rotor blade", "rotor blades", "lines",
                                "line markings", "court lines", "boundary lines", "lane markings",
                                "lane lines", "field lines", "propeller", "propellers", "door", "doors",
                                "back door", "back doors", "sliding door", "trunk", "hood", "headlight",
                                "headlights", "lights", "flashing lights", "tail lights", "taillights",
                                "sunroof", "roof rack", "roof box", "luggage rack",
                                # a field's or a dam's parts
                                "outfield", "infield", "inner field", "home plate", "fairway", "fairways",
                                "bunker", "bunkers", "sand bunkers", "spillway", "spillways", "goal",
                                "goals", "net", "nets",
                                # a ship's or a vehicle's ends
                                "bow", "stern", "front", "front end", "rear end", "cab", "cabs", "trailer",
                                "trailers", "superstructure", "mast", "masts", "bed", "cargo bed",
                                "truck bed", "load bed", "flatbed trailer", "tail boom", "nacelle",
                                "nacelles", "engine nacelle", "engine nacelles",
                                # a station's
                                "platform", "platforms", "platform canopy", "platform canopies",
                                # a crane's arm, a plane's span, a dam's top, a stadium's seats
                                "boom", "booms", "jib", "wingspan", "crest", "rim", "spire", "floating roof",
                                "spectator stands", "seating", "tiered seating", "seating area",
                                "seating areas", "frame", "border", "borders", "swept wings",
                                "swept back wings", "swept wing", "swept back wing")),
    # A person's body: never an anchor ("a box on his shoulder", "holding hands").
    ("body_part", None, "en", ("shoulder", "shoulders", "head", "hand", "hands", "arm", "arms", "leg", "legs",
                               "lap")),
    # What vehicles and people stand on: "parked on the left side of the street" is on its left part.
    ("surface", None, "en", ("road", "parking lot", "lane", "square", "bridge", "sidewalk", "runway",
                             "crosswalk", "intersection", "bicycle lane", "bus lane", "turning lane")),
    # Where a ship floats: "the ship at the right side of the marina" is in its right part, as a car on a
    # road's side is.
    ("waters", None, "en", ("harbor", "marina", "river", "lake", "sea", "bay", "canal", "port", "water",
                          "ocean", "pond", "reservoir")),
    # Who stands on a surface: cars, people.
    ("road user", None, "en", ("car", "van", "truck", "bus", "vehicle", "motorcycle", "bicycle", "tricycle",
                               "awning tricycle", "pedestrian")),
)
# fmt: on


class Entry(NamedTuple):
    category: str
    value: object
    language: str


class Lexicon:
    """The table indexed: each phrase (a tuple of words) -> its entries, longest phrases first."""

    def __init__(self, table=TABLE) -> None:
        self.phrases: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        for category, value, language, words in table:
            for phrase in words:
                self.phrases[tuple(phrase.split())].append(Entry(category, value, language))
        self.longest = max(len(phrase) for phrase in self.phrases)
        self.nouns = {
            phrase for phrase, entries in self.phrases.items() if any(e.category in NOUNS for e in entries)
        }

    def match(self, words: list[str], at: int, *categories: str) -> tuple[int, Entry] | None:
        """The longest phrase of one of ``categories`` starting at ``words[at]``: (its length, entry)."""
        for length in range(min(self.longest, len(words) - at), 0, -1):
            for entry in self.phrases.get(tuple(words[at : at + length]), ()):
                if entry.category in categories:
                    return length, entry
        return None

    def of(self, word: str) -> set[str]:
        """The categories a word has, or a name of several ("awning tricycle", "expressway toll station")."""
        phrase = tuple(word.split()) if " " in word else (word,)  # a token, most calls: no split
        return {entry.category for entry in self.phrases.get(phrase, ())}


NOUNS = ("class", "noun")
LEXICON = Lexicon()
