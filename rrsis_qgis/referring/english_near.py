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

VOCABULARY_DIGEST = "4fafe247f6951557da29a4ee667a04de47d8031022272a42f2783d99dd396d80"
ENGLISH = frozenset(
    """
    airline airlines alined angel angeles angels anglers anther appeasing approximate arrange arranger
    arranges articulate articulates assemble automobiled averaged awing backward bedside bedsides bellow
    bellows bicycled bight biked blanca blanch bland bloodied blush boded booty branched breaches bride
    brides bridged bridger brownies bugger bully bunche cabals cabled camped camps camus canopus capture
    captures casement catting charting chattering chile chiles chilled circe circled circlets closets
    cloud clouted clouting clover clovers clutter cluttered clutters columbus comparative compare compares
    connect connecter connecters connection constriction contain contained continue continued contract
    coolers coors copland corned cornet corsets couching coupled coups coursed courser courtier courtiers
    covert coverts coves covet coveted coveting covets cowered cowering craned cranmer crassness creak
    crowed cruised cruiser cruisers curbed curbing cured curing currier curse curses curve curves custer
    cycled dashes deliver denser deport deports despot despots detaches differ distanced distribute
    distributes diver divers diverts divide divided divides doubled drier driers dristan drivels drover
    drovers duding duffers earthy eighty elliptic elongate elongates eluding encircle encircles enclose
    encloses encompass encompasses entirety entranced excerpt excising exciting extend exuding factor
    factors fairy father fearing fifty figured filed filing filly firth flaked flatted flees floated
    foiling footfall footrest footrests forestry forrest forth framed framer framers franked garaged gassy
    gatherer goofs grads greases greta groove grooved grooves groped groused grover hagar hallway hearty
    holders holes holing hording hosing housed husking imaged imperious individual insider insiders
    interchanged isolate isolates jigger jiggers jogged joiner keeling kneeing knelling lacing laddies
    lades lager lancing lansing leafing leasing leaved liens liked liking limed limes liming limned
    limning limousin liners linger linker linseed lioness littler liver loafing locking lolcats loner
    lording loser lousiness lunch lunches maria marian mariana marianas marin marines marion marlon
    marring martian martians martina masking mason masons medan media medias medina microbes midwest miser
    misers mixed moderated modestly moistly moore mooted mopes mopped motorbiked motorcycled motorize
    motorizes muddle nested nestle nestles nether nettled nighty observes obvious oceanus oliver outskirt
    overhear overheard overlap packer pained palsying panted parch parches pared paring parings parka
    parkas parring partial party passion patchy patois patriots paying peopled perches perking peron
    persona personals photography pictured piked piles pilled piped place placer places plaint plaited
    planed planets planned planner planners plans plating plaything plied plying poaches pointy poled
    policed poser powder preset presets projection propelled protect protested purpler quire quits quitted
    quitter quoited quote redound redounded reeling refrigerate refrigerates regular reigned remoter
    reroute reroutes rerunning resets resetting ricksha rickshas ringer riser risers rivet rivets rogue
    rogues roods rooted roots roughed rougher routed router routs rover rovers ruder ruining runabout
    runabouts runaway runaways runnels sacked saddles saddling sandwich sandwiches scatted scatter scooted
    sealant seaports searing sedna seized sender serviced setting seventy sewed shading shaking shale
    shard share shares sharking sheered sheol shipper shippers shooter shopped shred shutter shuttled
    sided sidewall sidewalls sifting sight singe singled sipping sires sises situate situates sixty sizer
    skewer skewered skimming skipping slang slated slewed sliver slopped snared snaring snell snipping
    snort solis solver sopped sorter sorts sough southey spade spaded spades spams spanking spawning
    spawns spender sport squared squarer squeeze squeezer squeezes stained staked stalk stalked stalks
    stallions stances staples stationery stooped stooping stopper stoppered straddle straddled strand
    stranding strands stretch stretched stretcher stretchers stricture strictures strop stropped stropping
    strops surfaced surround swattered sweller swelter sweltered swelters swopped tacks taker takers tales
    talkers tames taming tasking terrain therese thorough though threw ticked tinniest tipped titled
    toniest topmast toppled touched traci trailed travelled trawler trawlers trick tricks trough truckled
    truckles tucker tuckered tuning turfing turing tyree uncover upped venus venuses vesicle vesicles
    wafer wafers wafting wager wagers waller warehoused waster wasters wasting wedge wedges weirder
    weirdest wending wheedled whelked whelped while whits wifely wincing wining winking winning wisely
    wiser wisest witting woken woofs worked
    """.split()
)
