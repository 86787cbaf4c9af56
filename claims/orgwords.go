package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
)

// companyWords end or mark the names of companies and other organisations
// beyond the lexicon's institutional heads ("Nordvik Robotics", "Acme
// Holdings AB").
var companyWords = toSet(`robotics automation sensing systems technologies technology motors holdings energy
pharma pharmaceuticals labs laboratories networks solutions industries partners capital ventures software
electronics logistics airlines air rail railways trans express foods media telecom telecoms insurance mining
steel oil gas petroleum chemicals semiconductor semiconductors therapeutics biotech aerospace shipping
construction engineering brands retail entertainment studios games resources investments services
coaches buses lines tours travels transport transportation transit tankers maritime cruises ferries freight haulage
rovers united athletic wanderers rangers hotspur albion
survey service institute observatory centre center agency authority bureau office council
cross crescent`)

// corporateSuffixes are legal forms dropped from an organisation's key, so
// that "Acme Robotics AB" and "Acme Robotics" are one company.
var corporateSuffixes = toSet(`ab inc incorporated ltd limited plc gmbh llc nv sa spa ag bv b.v corp corporation co oyj asa`)

func isOrgWord(w string) bool {
	return lexicon.IsOrgHead(w) || inLowerEither(companyWords, corporateSuffixes, strings.TrimSuffix(w, "."))
}

// orgKey is an organisation's key without a leading "the", a leading
// country name (the "U.S." of "U.S. State Department") or a trailing legal
// form.
func orgKey(name string) string {
	ws := strings.Fields(normKey(name))
	for len(ws) > 1 && corporateSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if orig := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")); len(ws) > 1 && len(orig) > 0 {
		if _, ok := lexicon.CountryByName(orig[0]); ok { // as written: "US" is a country, "us" a pronoun
			ws = ws[1:]
		}
	}
	return "org:" + strings.Join(ws, " ")
}

func isDemonymWord(w string) bool {
	_, ok := lexicon.CountryByDemonym(w)
	return ok
}
