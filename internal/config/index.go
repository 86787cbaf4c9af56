package config

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"github.com/claimcheck/claimcheck/internal/yamlnode"
)

// docIndex finds a key's place in the file: error messages name the key
// as a path ("tolerances.count.percent", "ignore[2].kind") and give its
// line.
type docIndex struct {
	nodes  map[string]ast.Node // key path -> the node that holds it (its line)
	values map[string]ast.Node // key path -> its value
	keys   map[*token.Token]string
}

// indexDocument walks a document body once.
func indexDocument(body ast.Node) docIndex {
	idx := docIndex{nodes: map[string]ast.Node{}, values: map[string]ast.Node{}, keys: map[*token.Token]string{}}
	idx.walk(body, "", 0)
	return idx
}

// maxDepth bounds the walk: the schema is three levels deep, and a deeper
// file is wrong anyway (the decoder says so).
const maxDepth = 16

func (idx docIndex) walk(n ast.Node, key string, depth int) {
	if n == nil || depth > maxDepth {
		return
	}
	if tk := n.GetToken(); tk != nil {
		idx.keys[tk] = key // deeper nodes, walked later, overwrite
	}
	switch n := n.(type) {
	case *ast.MappingNode:
		for _, mv := range n.Values {
			idx.walk(mv, key, depth+1)
		}
	case *ast.MappingValueNode:
		child := join(key, keyText(n.Key))
		if _, seen := idx.nodes[child]; !seen {
			idx.nodes[child] = n
			idx.values[child] = n.Value
		}
		if n.Key != nil {
			idx.walk(n.Key, child, depth+1)
		}
		idx.walk(n.Value, child, depth+1)
	case *ast.SequenceNode:
		for i, v := range n.Values {
			child := fmt.Sprintf("%s[%d]", key, i)
			if _, seen := idx.nodes[child]; !seen {
				idx.nodes[child] = v
				idx.values[child] = v
			}
			idx.walk(v, child, depth+1)
		}
	case *ast.AnchorNode:
		idx.walk(n.Value, key, depth+1)
	case *ast.TagNode:
		idx.walk(n.Value, key, depth+1)
	}
}

// keyText is a mapping key as written, without quotes.
func keyText(k ast.MapKeyNode) string {
	if k == nil {
		return ""
	}
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	if tk := k.GetToken(); tk != nil {
		return tk.Value
	}
	return k.String()
}

func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// line is the line of key in the file; for a key not in the file, that of
// the nearest enclosing key that is, else 0.
func (idx docIndex) line(key string) int {
	for k := key; ; k = schemaParentKey(k) {
		if n, ok := idx.nodes[k]; ok {
			return lineOf(n)
		}
		if k == "" {
			return 0
		}
	}
}

// schemaParentKey drops the last element of a key path.
func schemaParentKey(key string) string {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' || key[i] == '[' {
			return key[:i]
		}
	}
	return ""
}

// keyOf is the key path of the node a token belongs to.
func (idx docIndex) keyOf(tk *token.Token) string { return idx.keys[tk] }

func lineOf(n ast.Node) int {
	if n == nil {
		return 0
	}
	if mv, ok := n.(*ast.MappingValueNode); ok && mv.Key != nil {
		return yamlnode.TokenLine(mv.Key.GetToken())
	}
	return yamlnode.TokenLine(n.GetToken())
}
