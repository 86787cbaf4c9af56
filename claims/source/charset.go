package source

import (
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// htmlToUTF8 converts a web page saved in another encoding (a meta
// charset of windows-1252 or ISO-8859-1, still common on older news
// sites) to UTF-8, by the HTML standard's sniffing rules as
// golang.org/x/net/html/charset implements them. A page already in valid
// UTF-8 is returned as it is. The article text of an HTML page is
// extracted, not kept verbatim, so converting it changes no span the
// reports give.
func htmlToUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" {
		return data
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data)))
	if err != nil || !utf8.Valid(out) {
		return data // let checkText name the bad byte
	}
	return out
}
