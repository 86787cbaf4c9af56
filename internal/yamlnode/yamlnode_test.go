package yamlnode

import (
	"testing"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// value parses "k: <text>" and returns the value node of k.
func value(t *testing.T, text string) ast.Node {
	t.Helper()
	f, err := parser.ParseBytes([]byte("k: "+text+"\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	switch b := f.Docs[0].Body.(type) {
	case *ast.MappingValueNode:
		return b.Value
	case *ast.MappingNode:
		return b.Values[0].Value
	}
	t.Fatalf("body is %T", f.Docs[0].Body)
	return nil
}

func TestScalarText(t *testing.T) {
	cases := []struct {
		text, want   string
		ok, explicit bool
	}{
		{`"quoted"`, "quoted", true, false},
		{`!!str 2024`, "2024", true, false},
		{`&a value`, "value", true, false},
		{`12`, "12", true, false},
		{`null`, "", true, true},
		{`~`, "", true, true},
		{`[a, b]`, "", false, false},
		{`{x: 1}`, "", false, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			n := value(t, c.text)
			got, ok := ScalarText(n)
			if got != c.want || ok != c.ok {
				t.Errorf("ScalarText = %q, %v; want %q, %v", got, ok, c.want, c.ok)
			}
			if ExplicitNull(n) != c.explicit {
				t.Errorf("ExplicitNull = %v, want %v", !c.explicit, c.explicit)
			}
		})
	}
}

func TestLine(t *testing.T) {
	f, err := parser.ParseBytes([]byte("a: 1\nb: 2\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	m := f.Docs[0].Body.(*ast.MappingNode)
	if got := Line(m.Values[1]); got != 2 {
		t.Errorf("Line of b = %d, want 2", got)
	}
	if Line(nil) != 0 {
		t.Error("Line(nil) != 0")
	}
}
