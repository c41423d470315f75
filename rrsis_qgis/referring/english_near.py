"""The words of English one typing slip from a word of the reading's vocabulary: never read as
that word (`spelling`). Written by tools/english_near_words.py; VOCABULARY_DIGEST is
`spelling.vocabulary_digest()` when it was written.

Made from SCOWL's American English word list (Debian's wamerican), lower-cased. SCOWL is
Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word
lists, the associated scripts, the output created from the scripts, and its documentation for any
purpose is hereby granted without fee, provided that the above copyright notice appears in all copies
and that both that copyright notice and this permission notice appear in supporting documentation.
Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is
provided "as is" without express or implied warranty."""

VOCABULARY_DIGEST = "d380c9311f50eef79763efc6e84554f4a4239243419fb7d0ce3e485d630f7926"
ENGLISH = frozenset(
    """
    airline airlines articulate articulates assemble automobiled averaged awing backward bicycled bight
    biked blanca blanch bland blush booty branched breaches bride brides bridged bridger brownies bugger
    bully bunche cabals camped canopus casement chile chiles chilled circe circled circlets closed closets
    clover clutter clutters columbus constriction contain contained contains coolers coors copland corsets
    coupled coups coursed courser courtier courtiers covert covet coveted cowered craned cranmer crassness
    creak crossways crowed cruised cruiser cruisers curbed curbing cured curing currier curse curses curve
    curves custer cycled dashes deliver deport deports despot despots detaches diver divers diverts divide
    divided divides doubled drier driers drivels drover drovers eighty elliptic elongate elongates eluding
    entranced excerpt exuding factor factors father fifty figured filed filing firth flatted flees floated
    foiling footfall footrest footrests forestry forrest forth framed framer framers garaged gassy grads
    greases greta groove grooved grooves grover housed imaged imperious jigger jiggers jogged lacing
    laddies lades lading lager larding liens limes limousin liner liners linger lioness littler loafing
    locking loner lording loser lousiness maria marian mariana marianas marin marines marion marlon
    marring martian martians martina masking mason masons medan media medias medina microbes minibusses
    miser misers mixed moderated mooed mopes mopped motorbiked motorcycled motorize motorizes muddle
    nether oceanus office offices oliver parch parches paring parings parring patchy patois patriots
    peopled perking peron persona personals photography pictured plaint planed planets planned planner
    planners plans poaches policed poser powder propelled purpler redound redounded refrigerate
    refrigerates reroute reroutes rerunning ricksha rickshas riser risers rivet rivets rogue rogues roods
    rooted roots roughed rougher routed router routs rover rovers ruder ruining runabout runabouts runaway
    runaways runnels scooted seaports searing sedna seized sender serviced seventy shading shaking shale
    shard share shares sharking sheol shipper shippers shipping shooter shopped shred shutter shuttled
    sidewall sidewalls sixty sizer skimming sliver snared snaring snell snort solis solver sorter sorts
    sough southey spade spades spender sport squared squarer stances stooping strand strands strop
    stropping strops surfaced sweller tacks taker takers terrain therese threw tinniest toniest topmast
    traci travelled trawler trawlers trick tricks truckles tuning turfing turing tyree uncover upped
    vesicle vesicles wafer wafers wager wagers waller warehoused waster wasters weirder weirdest wending
    wheedled whelked whelped whits wincing wining winking winning wiser wisest woken woofs worked
    """.split()
)
