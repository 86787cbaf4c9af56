// Package yamlnode holds the few walks over github.com/goccy/go-yaml's
// syntax tree that the front-matter reader, the configuration loader and
// the gold-file reader share: they read nodes rather than decode into
// structs so that every error can name a line.
package yamlnode

import (
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// maxWrappers bounds how many tags, anchors and explicit keys Unwrap looks
// through: a hostile file could nest them without end.
const maxWrappers = 16

// Unwrap looks through tags ("!!str"), anchors ("&a") and explicit keys
// ("? key") to the value they qualify.
func Unwrap(n ast.Node) ast.Node {
	for range maxWrappers {
		switch w := n.(type) {
		case *ast.TagNode:
			n = w.Value
		case *ast.AnchorNode:
			n = w.Value
		case *ast.MappingKeyNode:
			n = w.Value
		default:
			return n
		}
	}
	return n
}

// ScalarText is a scalar's text as written, quotes and escapes resolved;
// "" for a missing value or null. ok is false for a list, a mapping or an
// alias.
func ScalarText(n ast.Node) (string, bool) {
	switch v := Unwrap(n).(type) {
	case nil:
		return "", true // "key:" with no value
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		if v.Value == nil {
			return "", true
		}
		return v.Value.Value, true
	case *ast.NullNode:
		return "", true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		if tk := v.GetToken(); tk != nil {
			return tk.Value, true
		}
		return "", true
	}
	return "", false
}

// ExplicitNull reports whether n is a null written out ("null", "~"), as
// opposed to a key with no value.
func ExplicitNull(n ast.Node) bool {
	v, ok := Unwrap(n).(*ast.NullNode)
	return ok && v.Token != nil && v.Token.Type != token.ImplicitNullType
}

// Line is the line a node starts on (a key's line for a key: value pair),
// 0 when unknown.
func Line(n ast.Node) int {
	if n == nil {
		return 0
	}
	if kv, ok := n.(*ast.MappingValueNode); ok && kv.Key != nil {
		return TokenLine(kv.Key.GetToken())
	}
	return TokenLine(n.GetToken())
}

// TokenLine is a token's line, 0 for none.
func TokenLine(tk *token.Token) int {
	if tk == nil {
		return 0
	}
	return tk.Position.Line
}
