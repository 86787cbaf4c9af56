package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML reads one web page: readability finds the article's text,
// headline, byline and site name and the page's publication date; menus,
// related links, comments and scripts stay out. The Source's Text is the
// headline, a blank line, then the paragraphs separated by blank lines, so
// spans and line numbers index into the article as a reader sees it; Path
// names the file.
func ParseHTML(id, path string, data []byte) (*Source, error) {
	where := path
	if where == "" {
		where = id
	}
	data = htmlToUTF8(data)
	if err := checkText(data); err != nil {
		err.Path = where
		return nil, err
	}
	return parseHTML(input{name: id, path: path, where: where}, data)
}

func parseHTML(in input, data []byte) (*Source, error) {
	var page webPage
	err := errTooDeepHTML
	if !nestsTooDeep(data) {
		page, err = extractPage(data)
	}
	if errors.Is(err, ErrTooDeep) {
		return nil, &PathError{Path: in.where, Err: ErrTooDeep, Detail: fmt.Sprintf("elements nested more than %d deep", maxHTMLDepth)}
	}
	if err != nil {
		return nil, &PathError{Path: in.where, Err: ErrNoText, Detail: err.Error()}
	}
	text := joinHeadline(page.title, page.text)
	if strings.TrimSpace(page.text) == "" {
		return nil, &PathError{Path: in.where, Err: ErrNoText, Detail: "the page holds no readable article"}
	}
	src := &Source{ID: in.name, Path: in.path, Text: text, Body: Span{0, len(text)}, PublishedFrom: PublishedFromNone}
	if perr := analyseBody(src); perr != nil {
		perr.Path = in.where
		return nil, perr
	}
	page.applyTo(src)
	return src, nil
}

// webPage is what extractPage finds in an HTML document.
type webPage struct {
	title, byline, siteName, url string
	published                    time.Time
	// text is the article's paragraphs separated by blank lines, without
	// the headline.
	text string
}

// applyTo copies the page's metadata over what the text analysis found:
// the page's own markup knows its headline and date better than a guess.
func (p webPage) applyTo(src *Source) {
	if p.title != "" {
		src.Headline = p.title
	}
	if !p.published.IsZero() {
		src.Published, src.PublishedFrom = p.published, PublishedFromMetadata
	}
	src.Outlet, src.URL, src.Byline = p.siteName, p.url, p.byline
}

// extractPage parses the document and runs readability on it. The
// readability library is outside code fed outside text: a panic in it
// must become a refused file, never a crashed run.
func extractPage(data []byte) (page webPage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return page, fmt.Errorf("cannot parse HTML: %w", err)
	}
	hints := scanPageHints(doc)
	if hints.tooDeep {
		return page, errTooDeepHTML
	}
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return page, err
	}
	page = webPage{
		title:    pageTitle(oneLine(article.Title()), hints.h1),
		byline:   oneLine(article.Byline()),
		siteName: oneLine(article.SiteName()),
		url:      hints.url,
	}
	if article.Node != nil {
		page.text = dropLeadingTitle(normaliseBlocks(render.InnerText(article.Node)), page.title)
	}
	page.published = hints.published
	if t, err := article.PublishedTime(); err == nil {
		page.published = dateOnly(t.Year(), t.Month(), t.Day())
	}
	return page, nil
}

var errTooDeepHTML = fmt.Errorf("%w: elements nested more than %d deep", ErrTooDeep, maxHTMLDepth)

// nestsTooDeep reports whether the page's elements nest deeper than
// maxHTMLDepth, by one pass of the tokenizer over the bytes: the HTML
// parser's own cost grows with the square of the depth (100,000 nested
// <div>s take over a minute), so the page is measured before it is
// parsed. Elements that close themselves (void elements, a <p> or <li>
// opened while the same is open) do not count.
func nestsTooDeep(data []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(data))
	var stack []atom.Atom
	open := map[atom.Atom]int{}
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				continue
			}
			if closesItself[a] && len(stack) > 0 && stack[len(stack)-1] == a {
				continue
			}
			stack = append(stack, a)
			open[a]++
			if len(stack) > maxHTMLDepth {
				return true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			// Pop to the matching element; each element is pushed and
			// popped once, so the pass stays linear.
			for open[a] > 0 && len(stack) > 0 {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				open[top]--
				if top == a {
					break
				}
			}
		}
	}
}

// voidElements never have content or an end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// closesItself are elements whose start tag ends an open one of the same
// name, as the parser does with "<p>one<p>two".
var closesItself = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Option: true,
}

// pageHints are what readability does not report: the canonical URL, a
// <time datetime> for pages whose meta tags name no date, and the first
// <h1>.
type pageHints struct {
	url, h1   string
	published time.Time
	// tooDeep is set when elements nest deeper than maxHTMLDepth.
	tooDeep bool
}

// pageTitle prefers the page's <h1> when it holds readability's title and
// more: readability cuts a <title> at " - " or " | " to drop the site's
// name, which also cuts a headline that has a dash of its own
// ("WARSAW - Rescuers reach miners"), while the <h1> is the headline as
// printed.
func pageTitle(title, h1 string) string {
	if title == "" || len(h1) > len(title) && strings.Contains(h1, title) {
		return h1
	}
	return title
}

// scanPageHints walks the document once, before readability changes it.
// The first <time datetime> inside an <article> is taken, else the first
// in the page: later ones are comments' and related stories' times.
func scanPageHints(doc *html.Node) pageHints {
	var h pageHints
	var firstTime, articleTime time.Time
	var walk func(n *html.Node, inArticle bool, depth int)
	walk = func(n *html.Node, inArticle bool, depth int) {
		if depth > maxHTMLDepth {
			h.tooDeep = true
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && h.url == "" {
					h.url = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				if attr(n, "property") == "og:url" && h.url == "" {
					h.url = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Article:
				inArticle = true
			case atom.H1:
				if h.h1 == "" {
					h.h1 = oneLine(nodeText(n))
				}
			case atom.Time:
				if t, ok := parseMetaDate(strings.TrimSpace(attr(n, "datetime"))); ok {
					if firstTime.IsZero() {
						firstTime = t
					}
					if inArticle && articleTime.IsZero() {
						articleTime = t
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle, depth+1)
		}
	}
	walk(doc, false, 0)
	h.published = articleTime
	if h.published.IsZero() {
		h.published = firstTime
	}
	return h
}

// maxHTMLDepth is the deepest element nesting a page may have. News pages
// nest a few dozen levels; readability's cost grows with the square of the
// depth (10,000 nested <div>s, 50 kB, take seconds), so a page nested
// deeper is refused before readability sees it.
const maxHTMLDepth = 256

// nodeText is the text inside n, tags dropped.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil && depth < maxHTMLDepth; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// htmlToText renders an HTML fragment (a ninjs body) as paragraphs
// separated by blank lines.
func htmlToText(fragment string) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("HTML body could not be read: %v", r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return "", err
	}
	return normaliseBlocks(render.InnerText(doc)), nil
}

// normaliseBlocks trims every line, keeps single line breaks inside a
// block and turns any run of blank lines into one, so paragraphs are
// separated by exactly one blank line whatever the markup did.
func normaliseBlocks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimSpace(line)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// dropLeadingTitle removes a first block that repeats the headline:
// readability keeps a page's <h1> in the content when it sits inside the
// article, and the headline is put at the top of Text anyway.
func dropLeadingTitle(text, title string) string {
	if title == "" {
		return text
	}
	first, rest, _ := strings.Cut(text, "\n\n")
	if oneLine(first) == title {
		return rest
	}
	return text
}

// joinHeadline builds a Text: the headline, a blank line, the body.
func joinHeadline(headline, body string) string {
	body = strings.TrimSpace(body)
	if headline == "" || body == "" {
		return body
	}
	return headline + "\n\n" + body
}

// oneLine collapses white space, so a headline or byline spread over
// lines in the markup is one line of Text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
