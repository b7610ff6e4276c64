/**
 * How each kind of demo incident reads: a title and a narrative with blanks ({group},
 * {town}, {actor}, {n}), who usually does it and with what degree of involvement, and which
 * victims it counts. Invented texts, written for the demo.
 */
export interface Scene {
  violationType: string;
  titles: string[];
  narratives: string[];
  /** Actor keys (world.ts) with their involvement, one picked per incident. */
  perpetrators: [actorKey: string, involvement: string][];
  /** Which victim count this act adds to, with a typical median and a maximum. */
  victims?: { kind: 'killed' | 'injured' | 'detained' | 'disappeared' | 'displaced' | 'affected'; median: number; max: number };
}

export const scenes: Record<string, Scene> = {
  'biased-remarks': {
    violationType: 'biased-remarks',
    titles: ['Official mocks {group} at public meeting in {town}', 'Disparaging remarks about {group} at {town} market'],
    narratives: ['During a public meeting in {town}, a speaker made repeated remarks presenting {group} as lazy and untrustworthy. Several people present laughed and no one objected.'],
    perpetrators: [['party', 'carried-out'], ['unknown', 'carried-out']],
  },
  'exclusionary-rhetoric': {
    violationType: 'exclusionary-rhetoric',
    titles: ['Councillor says {group} "do not belong" in {town}', 'Campaign leaflets in {town} call {group} outsiders'],
    narratives: ['Leaflets distributed in {town} described {group} as outsiders who should "go back where they came from". Residents reported that the leaflets were posted near schools.'],
    perpetrators: [['party', 'carried-out']],
  },
  'hate-speech': {
    violationType: 'hate-speech',
    titles: ['Broadcast blames {group} for crime wave', 'Sermon in {town} calls {group} a danger to the nation', 'Rally speech in {town} targets {group}'],
    narratives: [
      'A broadcast watched widely in {town} blamed {group} for rising crime and unemployment, repeating claims that monitors could not substantiate.',
      'Speakers at a rally in {town} described {group} as enemies of the nation and urged the crowd to "take back" the town.',
    ],
    perpetrators: [['tv', 'carried-out'], ['preacher', 'carried-out'], ['party', 'carried-out']],
  },
  'dehumanising-speech': {
    violationType: 'dehumanising-speech',
    titles: ['{group} called "vermin" on prime-time television', 'Posts circulating in {town} compare {group} to disease'],
    narratives: [
      'A prime-time programme referred to {group} as "vermin" and "a disease in the body of the nation". Clips were shared thousands of times on social media in {town}.',
      'Monitors collected posts circulating in {town} that compare {group} to insects and call for the town to be "cleaned".',
    ],
    perpetrators: [['tv', 'carried-out'], ['preacher', 'carried-out'], ['unknown', 'carried-out']],
  },
  'hate-propaganda': {
    violationType: 'hate-propaganda',
    titles: ['Pamphlets accuse {group} of plotting secession', 'Party video presents {group} as a threat'],
    narratives: ['Pamphlets handed out in {town} accused {group} of plotting to break up the country and of hoarding weapons; monitors found no basis for the claims.'],
    perpetrators: [['party', 'carried-out'], ['tv', 'carried-out']],
  },
  harassment: {
    violationType: 'harassment',
    titles: ['{group} shopkeepers harassed in {town}', '{group} women harassed at checkpoint near {town}'],
    narratives: ['Shopkeepers from {group} in {town} reported repeated harassment by groups of young men, including insults and spitting, over several weeks.'],
    perpetrators: [['unknown', 'carried-out'], ['police', 'failed-to-protect']],
    victims: { kind: 'affected', median: 6, max: 40 },
  },
  'incitement-to-violence': {
    violationType: 'incitement-to-violence',
    titles: ['Call to "drive out" {group} from {town}', 'Militia leader urges attacks on {group}'],
    narratives: ['At a gathering in {town}, a speaker called on listeners to "drive out" {group} and named several {group} families; the speech was streamed live.'],
    perpetrators: [['militia', 'carried-out'], ['preacher', 'carried-out'], ['party', 'carried-out']],
  },
  'discrimination-education': {
    violationType: 'discrimination-education',
    titles: ['{group} children refused enrolment at {town} school', 'School in {town} separates {group} pupils'],
    narratives: ['Parents reported that the secondary school in {town} refused to enrol {group} children, citing new "residency checks" applied only to them.'],
    perpetrators: [['governor', 'policy-or-legislation'], ['interior', 'policy-or-legislation']],
    victims: { kind: 'affected', median: 30, max: 400 },
  },
  'discrimination-employment': {
    violationType: 'discrimination-employment',
    titles: ['{group} workers dismissed from {town} public works', 'Job adverts in {town} exclude {group}'],
    narratives: ['Public employers in {town} dismissed workers from {group} after a new loyalty requirement; others from the same posts were kept on.'],
    perpetrators: [['governor', 'policy-or-legislation'], ['party', 'ordered-or-planned']],
    victims: { kind: 'affected', median: 25, max: 300 },
  },
  'discrimination-housing': {
    violationType: 'discrimination-housing',
    titles: ['Landlords in {town} told not to rent to {group}', '{group} families refused housing in {town}'],
    narratives: ['Families from {group} were refused leases in {town} after local officials warned landlords against renting to them.'],
    perpetrators: [['governor', 'ordered-or-planned'], ['unknown', 'carried-out']],
    victims: { kind: 'affected', median: 12, max: 120 },
  },
  'denial-of-citizenship': {
    violationType: 'denial-of-citizenship',
    titles: ['Identity cards of {group} residents withdrawn in {town}', '{group} applicants denied citizenship papers'],
    narratives: ['Registry officials in {town} withdrew the identity cards of {group} residents pending "verification of origin", leaving them unable to travel, work or vote.'],
    perpetrators: [['interior', 'policy-or-legislation']],
    victims: { kind: 'affected', median: 80, max: 2000 },
  },
  'discriminatory-legislation': {
    violationType: 'discriminatory-legislation',
    titles: ['Regional decree bars {group} from land ownership', 'New law restricts {group} associations'],
    narratives: ['A regional decree published this week bars {group} from buying or inheriting land in the region and orders a census of their holdings.'],
    perpetrators: [['governor', 'policy-or-legislation'], ['party', 'policy-or-legislation']],
  },
  'restriction-of-movement': {
    violationType: 'restriction-of-movement',
    titles: ['Checkpoints around {town} stop {group} residents', 'Curfew in {town} applied to {group} quarter only'],
    narratives: ['New checkpoints around {town} turned back {group} residents trying to reach markets and clinics outside the town.'],
    perpetrators: [['police', 'carried-out'], ['governor', 'ordered-or-planned']],
    victims: { kind: 'affected', median: 150, max: 3000 },
  },
  'confiscation-of-property': {
    violationType: 'confiscation-of-property',
    titles: ['Farms of {group} families seized near {town}', '{group} shops confiscated in {town}'],
    narratives: ['Officials seized farmland belonging to {group} families near {town} under the new land decree; no compensation was offered.'],
    perpetrators: [['governor', 'ordered-or-planned'], ['police', 'carried-out']],
    victims: { kind: 'affected', median: 10, max: 150 },
  },
  'denial-of-religious-practice': {
    violationType: 'denial-of-religious-practice',
    titles: ['{group} shrine closed by order in {town}', 'Festival of the {group} banned in {town}'],
    narratives: ['Authorities in {town} sealed a shrine used by {group} and banned gatherings for worship without a permit that, residents say, is never issued.'],
    perpetrators: [['governor', 'ordered-or-planned'], ['police', 'carried-out']],
    victims: { kind: 'affected', median: 60, max: 800 },
  },
  'discrimination-public-services': {
    violationType: 'discrimination-public-services',
    titles: ['Clinic in {town} turns away {group} patients', '{group} quarter of {town} left without water service'],
    narratives: ['Patients from {group} were turned away from the public clinic in {town} and told to "go to their own people".'],
    perpetrators: [['governor', 'policy-or-legislation'], ['unknown', 'carried-out']],
    victims: { kind: 'affected', median: 20, max: 500 },
  },
  'discriminatory-policing': {
    violationType: 'discriminatory-policing',
    titles: ['Police stop-and-search targets {group} in {town}', 'Raids on {group} homes in {town} without warrants'],
    narratives: ['Police in {town} stopped and searched {group} residents on sight over several days; people from other groups passed freely.'],
    perpetrators: [['police', 'carried-out']],
    victims: { kind: 'affected', median: 15, max: 200 },
  },
  'threats-of-violence': {
    violationType: 'threats-of-violence',
    titles: ['Threats painted on {group} homes in {town}', '{group} leaders receive death threats'],
    narratives: ['Messages threatening death were painted on the doors of {group} homes in {town} overnight.'],
    perpetrators: [['unknown', 'carried-out'], ['militia', 'carried-out']],
    victims: { kind: 'affected', median: 5, max: 60 },
  },
  assault: {
    violationType: 'assault',
    titles: ['{group} man beaten in {town}', 'Attack on {group} students in {town}'],
    narratives: ['A group of men beat {group} residents in {town} while shouting slurs; police arrived after the attackers had left.'],
    perpetrators: [['unknown', 'carried-out'], ['police', 'failed-to-protect']],
    victims: { kind: 'injured', median: 2, max: 15 },
  },
  vandalism: {
    violationType: 'vandalism',
    titles: ['{group} community centre vandalised in {town}'],
    narratives: ['The community centre used by {group} in {town} was vandalised; windows were broken and slogans painted on the walls.'],
    perpetrators: [['unknown', 'carried-out']],
  },
  'arbitrary-detention': {
    violationType: 'arbitrary-detention',
    titles: ['Mass arrests of {group} men in {town}', '{group} activists detained without charge in {town}', 'Night raid in {town}: {group} residents taken'],
    narratives: [
      'Police and soldiers detained {group} men in a night raid on {town}. Families were not told where they were held; none had been charged a week later.',
      '{group} activists who had documented the checkpoints were arrested in {town} and held without charge or access to lawyers.',
    ],
    perpetrators: [['police', 'carried-out'], ['army', 'carried-out'], ['governor', 'ordered-or-planned']],
    victims: { kind: 'detained', median: 8, max: 120 },
  },
  torture: {
    violationType: 'torture',
    titles: ['{group} detainees tortured at {town} police station', 'Former detainees from {town} describe torture'],
    narratives: ['Released {group} detainees from {town} described beatings, stress positions and electric shocks during interrogation; medical examinations corroborate injuries.'],
    perpetrators: [['police', 'carried-out'], ['army', 'carried-out']],
    victims: { kind: 'injured', median: 3, max: 25 },
  },
  'enforced-disappearance': {
    violationType: 'enforced-disappearance',
    titles: ['{group} men missing after arrest in {town}', 'Authorities deny holding disappeared {group} residents'],
    narratives: ['{group} residents of {town} taken by men in uniform have not been seen since; the authorities deny holding them.'],
    perpetrators: [['army', 'carried-out'], ['police', 'carried-out']],
    victims: { kind: 'disappeared', median: 2, max: 20 },
  },
  'destruction-of-cultural-property': {
    violationType: 'destruction-of-cultural-property',
    titles: ['{group} shrine burned in {town}', 'Historic {group} cemetery bulldozed near {town}'],
    narratives: ['A shrine at the heart of {group} life in {town} was set on fire; witnesses say armed men stopped the fire brigade from reaching it.'],
    perpetrators: [['militia', 'carried-out'], ['police', 'failed-to-protect']],
  },
  'forced-displacement': {
    violationType: 'forced-displacement',
    titles: ['{group} families flee {town} after attacks', '{group} quarter of {town} emptied under threat'],
    narratives: ['Hundreds of {group} families left {town} after militia members went house to house ordering them out; many are sheltering in the hills without food or water.'],
    perpetrators: [['militia', 'carried-out'], ['army', 'failed-to-protect'], ['governor', 'general-responsibility']],
    victims: { kind: 'displaced', median: 300, max: 6000 },
  },
  arson: {
    violationType: 'arson',
    titles: ['{group} homes set on fire in {town}'],
    narratives: ['Houses belonging to {group} families in {town} were set on fire overnight; neighbours from other groups were left untouched.'],
    perpetrators: [['militia', 'carried-out'], ['unknown', 'carried-out']],
    victims: { kind: 'displaced', median: 30, max: 400 },
  },
  'sexual-violence': {
    violationType: 'sexual-violence',
    titles: ['{group} women assaulted during raid on {town}'],
    narratives: ['Survivors from {group} describe sexual violence by armed men during a raid on {town}. Details are withheld to protect them.'],
    perpetrators: [['militia', 'carried-out'], ['army', 'carried-out']],
    victims: { kind: 'injured', median: 3, max: 20 },
  },
  killing: {
    violationType: 'killing',
    titles: ['{group} civilians killed in {town}', '{group} farmer shot near {town}', 'Bodies of {group} detainees found near {town}'],
    narratives: [
      'Armed men killed {group} civilians in {town}; witnesses say the victims were singled out after being asked their names.',
      'The bodies of {group} men last seen at a checkpoint were found outside {town} with their hands bound.',
    ],
    perpetrators: [['militia', 'carried-out'], ['army', 'carried-out'], ['police', 'failed-to-protect']],
    victims: { kind: 'killed', median: 2, max: 14 },
  },
  massacre: {
    violationType: 'massacre',
    titles: ['Massacre of {group} villagers near {town}'],
    narratives: [
      'Militia fighters, with soldiers present, surrounded a {group} village near {town} at dawn and killed its men and boys. Survivors describe lists of names. The UN field presence has visited the site.',
    ],
    perpetrators: [['militia', 'carried-out'], ['army', 'carried-out'], ['governor', 'ordered-or-planned']],
    victims: { kind: 'killed', median: 45, max: 140 },
  },
};
