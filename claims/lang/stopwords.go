package lang

// language indexes the per-language tallies; english must stay 0.
type language uint8

const (
	english language = iota
	spanish
	portuguese
	french
	italian
	german
	dutch
	indonesian
	swedish
	polish
	turkish
	romanian
	vietnamese
	numLanguages
)

var languageNames = [numLanguages]string{
	english:    "English",
	spanish:    "Spanish",
	portuguese: "Portuguese",
	french:     "French",
	italian:    "Italian",
	german:     "German",
	dutch:      "Dutch",
	indonesian: "Indonesian or Malay",
	swedish:    "Swedish",
	polish:     "Polish",
	turkish:    "Turkish",
	romanian:   "Romanian",
	vietnamese: "Vietnamese",
}

// englishFunctionWords are the 100 most common English function words
// (articles, pronouns, prepositions, conjunctions, auxiliaries), lower case.
// Content words such as "said" are left out on purpose: they depend on the
// genre, function words do not.
var englishFunctionWords = []string{
	"the", "of", "and", "to", "a", "in", "is", "it", "that", "for",
	"on", "was", "with", "he", "as", "at", "by", "be", "this", "have",
	"from", "or", "had", "not", "but", "what", "all", "were", "we", "when",
	"your", "can", "there", "an", "which", "they", "she", "her", "his", "been",
	"has", "would", "will", "their", "if", "who", "its", "more", "about", "up",
	"out", "them", "into", "than", "then", "some", "could", "these", "so", "no",
	"my", "our", "after", "also", "other", "over", "only", "any", "most", "i",
	"you", "him", "me", "us", "do", "did", "does", "are", "should", "may",
	"might", "must", "those", "such", "because", "while", "where", "how", "both", "each",
	"through", "between", "against", "during", "before", "under", "since", "very", "being", "whose",
}

// foreignFunctionWords are the most common function words of the other
// languages, enough to name the language an article looks like. Words they
// share with English count for both; the shares are compared, so a few
// shared words ("in", "was", "a") do not tip an English text over.
var foreignFunctionWords = [numLanguages][]string{
	spanish: {
		"de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para",
		"con", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "este",
		"porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay",
		"donde", "desde", "todo", "nos", "durante", "todos", "les", "ni", "contra", "otros",
		"ese", "eso", "ante", "ellos", "esto", "fue", "ha", "han", "es", "son", "era", "él",
	},
	portuguese: {
		"de", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma",
		"os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao",
		"ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos",
		"já", "está", "também", "pelo", "pela", "até", "isso", "ela", "entre", "depois",
		"sem", "mesmo", "aos", "ter", "seus", "quem", "nas", "foram", "essa", "nem", "às",
	},
	french: {
		"de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour",
		"qui", "dans", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont",
		"avec", "elle", "ou", "mais", "été", "aux", "son", "sa", "ses", "leur", "l", "d",
		"qu", "n", "nous", "vous", "ils", "elles", "cette", "ces", "comme", "tout", "était",
		"ont", "lui", "y", "même", "aussi", "deux", "après", "avant", "sans", "selon", "a",
	},
	italian: {
		"di", "e", "il", "la", "che", "in", "per", "un", "è", "del", "non", "una", "della",
		"le", "si", "con", "da", "al", "dei", "alla", "lo", "gli", "come", "più", "ma",
		"nel", "anche", "sono", "ha", "delle", "nella", "ci", "questo", "suo", "sua", "dal",
		"era", "stato", "essere", "tra", "fra", "ancora", "dopo", "perché", "quando", "degli",
		"sul", "loro", "già", "ad", "ed", "questa", "hanno", "nei",
	},
	german: {
		"der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf",
		"für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an",
		"werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um",
		"am", "sind", "noch", "wie", "einem", "über", "einen", "zum", "war", "haben", "nur",
		"oder", "aber", "vor", "zur", "bis", "mehr", "durch", "sein", "wurde", "sei", "wir",
		"seit", "gegen", "unter", "worden",
	},
	dutch: {
		"de", "van", "een", "het", "en", "in", "is", "dat", "op", "te", "zijn", "voor",
		"met", "die", "niet", "aan", "er", "om", "ook", "als", "dan", "maar", "bij", "uit",
		"nog", "worden", "door", "naar", "heeft", "hebben", "wordt", "wel", "kan", "werd",
		"deze", "tot", "hij", "zij", "ze", "was", "al", "geen", "over", "meer", "na", "wat",
		"haar", "hun", "ik", "we",
	},
	indonesian: {
		"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam",
		"akan", "pada", "juga", "ke", "karena", "ada", "oleh", "saya", "mereka", "kami",
		"kita", "sudah", "telah", "bisa", "atau", "seperti", "lebih", "harus", "namun",
		"tetapi", "tersebut", "bahwa", "sebagai", "para", "serta", "kepada", "menjadi",
		"bagi", "hingga", "setelah", "masih", "sangat", "belum", "antara", "secara",
		"yaitu", "adalah", "merupakan", "dia", "ia", "sebuah", "seorang",
	},
	swedish: {
		"och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till",
		"den", "har", "de", "inte", "om", "ett", "han", "men", "var", "jag", "sig", "från",
		"vi", "så", "kan", "när", "hon", "också", "efter", "eller", "nu", "sin", "där",
		"vid", "mot", "ska", "skulle", "kommer", "ut", "får", "finns", "vara", "hade",
		"alla", "andra", "mycket", "än", "här", "då", "sedan", "över", "bara", "blir", "även",
	},
	polish: {
		"i", "w", "nie", "na", "z", "się", "do", "to", "że", "a", "o", "jak", "ale", "po",
		"co", "jest", "od", "za", "przez", "tak", "jego", "dla", "już", "tym", "czy", "jej",
		"jednak", "tylko", "być", "może", "są", "był", "była", "było", "ich", "przy",
		"oraz", "lub", "także", "który", "która", "które", "których", "gdy", "bardzo", "ze",
	},
	turkish: {
		"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi",
		"kadar", "ama", "ancak", "sonra", "olan", "her", "ne", "şu", "ya", "veya", "ise",
		"mi", "göre", "değil", "var", "yok", "diye", "tarafından", "olduğu", "ki", "bunu",
		"bütün", "hem", "ayrıca", "önce", "ilk", "yeni", "büyük",
	},
	romanian: {
		"și", "şi", "în", "de", "la", "cu", "pe", "din", "care", "nu", "o", "un", "să",
		"este", "pentru", "mai", "fost", "ce", "al", "ai", "ale", "se", "sunt", "după",
		"iar", "dar", "sau", "acest", "această", "prin", "până", "despre", "între", "cum",
		"au", "el", "ea", "lor", "fi", "unei", "unui", "are", "va", "că",
	},
	vietnamese: {
		"và", "của", "là", "có", "các", "được", "trong", "cho", "những", "một", "người",
		"không", "với", "đã", "này", "đến", "khi", "từ", "cũng", "để", "ra", "về", "như",
		"sẽ", "vào", "tại", "nhiều", "theo", "đó", "nhưng", "năm", "thì", "bị", "lại", "sau",
		"đang", "còn", "hơn",
	},
}

// langSet is a bit set of languages, one bit per language.
type langSet uint16

// functionWords maps every function word of every language to the
// languages it is a function word of: one map lookup per word of the text.
var functionWords = buildFunctionWords()

// functionTable is functionWords as endWord looks it up.
var functionTable = newWordTable(functionWords)

// maxWordBytes bounds the words that are looked up: the longest function
// word ("tarafından") is 11 bytes, so longer words need no lookup. It is
// what a wordKey holds.
const maxWordBytes = maxKeyBytes

func buildFunctionWords() map[string]langSet {
	m := map[string]langSet{}
	add := func(l language, words []string) {
		for _, w := range words {
			m[w] |= 1 << l
		}
	}
	add(english, englishFunctionWords)
	for l := english + 1; l < numLanguages; l++ {
		add(l, foreignFunctionWords[l])
	}
	return m
}
