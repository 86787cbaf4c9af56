package report

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestJSONGoldenConformsToSchema checks every golden JSON report against
// schema/report.schema.json with a small validator for the keywords the
// schema uses (type, const, enum, required, properties,
// additionalProperties, items, prefixItems, minItems, maxItems, minimum,
// maximum, pattern, $ref). It is not a full JSON Schema implementation;
// it rejects keywords it does not know so that the schema cannot silently
// outgrow it.
func TestJSONGoldenConformsToSchema(t *testing.T) {
	var schema map[string]any
	readJSON(t, filepath.Join("schema", "report.schema.json"), &schema)
	for _, name := range []string{"report.json", "report_empty.json"} {
		t.Run(name, func(t *testing.T) {
			var doc any
			readJSON(t, filepath.Join("testdata", name), &doc)
			v := validator{root: schema}
			v.check("$", schema, doc)
			for _, e := range v.errs {
				t.Error(e)
			}
		})
	}
}

// TestSchemaRejects makes sure the validator (and so the test above) can
// fail: reports broken in typical ways must not pass.
func TestSchemaRejects(t *testing.T) {
	var schema map[string]any
	readJSON(t, filepath.Join("schema", "report.schema.json"), &schema)
	valid, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, from, to string }{
		{"findings null", `"findings": [`, `"findings": null, "x": [`},
		{"hedge missing", `"hedge": null`, `"hedgy": null`},
		{"bad severity", `"severity": "conflict"`, `"severity": "fatal"`},
		{"span of three", `"span": [`, `"span": [1, `},
		{"bad date", `"published": "2024-03-11"`, `"published": "11 March"`},
		{"version 2", `"version": 1`, `"version": 2`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			broken := strings.Replace(string(valid), tc.from, tc.to, 1)
			if broken == string(valid) {
				t.Fatalf("%q not in the golden report", tc.from)
			}
			var doc any
			if err := json.Unmarshal([]byte(broken), &doc); err != nil {
				t.Fatalf("broken report is not JSON: %v", err)
			}
			v := validator{root: schema}
			v.check("$", schema, doc)
			if len(v.errs) == 0 {
				t.Errorf("schema accepted a report with %s", tc.name)
			}
		})
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

type validator struct {
	root map[string]any
	errs []string
}

func (v *validator) fail(at, format string, args ...any) {
	v.errs = append(v.errs, at+": "+fmt.Sprintf(format, args...))
}

// annotations are keywords that do not constrain a value.
var annotations = []string{"$schema", "$id", "$defs", "title", "description"}

func (v *validator) check(at string, schema any, doc any) {
	s, ok := schema.(map[string]any)
	if !ok {
		if schema == false {
			v.fail(at, "no value allowed here")
		}
		return
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v.keyword(at, k, s[k], s, doc)
	}
}

func (v *validator) keyword(at, key string, arg any, s map[string]any, doc any) {
	switch key {
	case "$ref":
		ref, _ := arg.(string)
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		defs, _ := v.root["$defs"].(map[string]any)
		if !ok || defs[name] == nil {
			v.fail(at, "unresolvable $ref %q", ref)
			return
		}
		v.check(at, defs[name], doc)
	case "type":
		if !matchesType(arg, doc) {
			v.fail(at, "%v is not of type %v", doc, arg)
		}
	case "const":
		if fmt.Sprint(arg) != fmt.Sprint(doc) {
			v.fail(at, "%v is not %v", doc, arg)
		}
	case "enum":
		if !slices.ContainsFunc(arg.([]any), func(e any) bool { return e == doc }) {
			v.fail(at, "%v is not one of %v", doc, arg)
		}
	case "required":
		obj, _ := doc.(map[string]any)
		for _, r := range arg.([]any) {
			if _, ok := obj[r.(string)]; !ok {
				v.fail(at, "missing %q", r)
			}
		}
	case "properties":
		obj, _ := doc.(map[string]any)
		props := arg.(map[string]any)
		for k, sub := range props {
			if val, ok := obj[k]; ok {
				v.check(at+"."+k, sub, val)
			}
		}
	case "additionalProperties":
		obj, _ := doc.(map[string]any)
		props, _ := s["properties"].(map[string]any)
		for k, val := range obj {
			if _, ok := props[k]; !ok {
				v.check(at+"."+k, arg, val)
			}
		}
	case "items":
		arr, _ := doc.([]any)
		from := 0
		if p, ok := s["prefixItems"].([]any); ok {
			from = len(p)
		}
		for i := from; i < len(arr); i++ {
			v.check(fmt.Sprintf("%s[%d]", at, i), arg, arr[i])
		}
	case "prefixItems":
		arr, _ := doc.([]any)
		for i, sub := range arg.([]any) {
			if i < len(arr) {
				v.check(fmt.Sprintf("%s[%d]", at, i), sub, arr[i])
			}
		}
	case "minItems", "maxItems":
		if arr, ok := doc.([]any); ok {
			n := int(arg.(float64))
			if (key == "minItems" && len(arr) < n) || (key == "maxItems" && len(arr) > n) {
				v.fail(at, "%d items violate %s %d", len(arr), key, n)
			}
		}
	case "minimum", "maximum":
		if x, ok := doc.(float64); ok {
			bound := arg.(float64)
			if (key == "minimum" && x < bound) || (key == "maximum" && x > bound) {
				v.fail(at, "%v violates %s %v", x, key, bound)
			}
		}
	case "pattern":
		if str, ok := doc.(string); ok && !regexp.MustCompile(arg.(string)).MatchString(str) {
			v.fail(at, "%q does not match %s", str, arg)
		}
	default:
		if !slices.Contains(annotations, key) {
			v.fail(at, "validator does not know keyword %q", key)
		}
	}
}

func matchesType(want any, doc any) bool {
	if list, ok := want.([]any); ok {
		return slices.ContainsFunc(list, func(w any) bool { return matchesType(w, doc) })
	}
	switch want {
	case "object":
		_, ok := doc.(map[string]any)
		return ok
	case "array":
		_, ok := doc.([]any)
		return ok
	case "string":
		_, ok := doc.(string)
		return ok
	case "number":
		_, ok := doc.(float64)
		return ok
	case "integer":
		x, ok := doc.(float64)
		return ok && x == math.Trunc(x)
	case "null":
		return doc == nil
	case "boolean":
		_, ok := doc.(bool)
		return ok
	}
	return false
}
