"""Verify's pieces: claims read out of parsed JSON, the time rules, signed URLs read back."""

from __future__ import annotations

from generator.ir import (
    FieldIR,
    FormatIR,
    Kind,
    Placement,
    RegisteredIR,
    ShapeIR,
    TextForm,
    TimeRole,
)
from generator.languages.go_checks import Value, block
from generator.languages.go_code import GoCode, Item

# (field, variable of its raw text, variable of its decoded text) per base URL placeholder
Placeholder = tuple[FieldIR, str, str]


class VerifyCode(GoCode):
    """Statements Verify of format ``f`` is made of (claims go into ``out``, checks into c)."""

    f: FormatIR

    def read(self, x: FieldIR, m: str, out: str) -> list[str]:
        """Statements moving claim ``x`` out of map ``m`` into ``out`` (then its checks)."""
        if x.shape.kind is Kind.MAP:
            return self.gathered(x, f"{out}.{x.ident}")
        reader = "c." + self.lang.reader(x.shape)
        target = f"{out}.{x.ident}"
        take = f"c.take({m}, {self.lit(x.wire)}, {'true' if x.required else 'false'})"
        if x.required or self.lang.nil_absent(x.shape):
            checks = self.claim_checks(x, target)
            if x.required or not checks:
                return [f"{target} = {reader}({take})", *checks]
            return block(f"if v, ok := {take}; ok", [f"{target} = {reader}(v, ok)", *checks])
        body = [f"value := {reader}(v, ok)", *self.claim_checks(x, "value"), f"{target} = &value"]
        return block(f"if v, ok := {take}; ok", body)

    def gathered(self, x: FieldIR, target: str) -> list[str]:
        """A map claim: the query's parameters named with its prefix, by key (readQuery let
        them through), then its values' checks; nil when the URL has none."""
        carrier = self.f.map_param(x)
        assert carrier is not None
        return [f"{target} = prefixed(q, {self.lit(carrier.name)})", *self.claim_checks(x, target)]

    def spread_literal(self, x: FieldIR) -> list[str]:
        """A claim literally named like the spread field is checked as its shape (as the
        reference checks every declared claim) and left among the claims as received."""
        reader = "c." + self.lang.reader(x.shape)
        return block(f"if v, ok := m[{self.lit(x.wire)}]; ok", [f"_ = {reader}(v, ok)"])

    def jws_reads(self, out: str) -> list[str]:
        """Statements reading a JWS's claims in the shared order: the payload's members (a
        mirrored field among them), then the header's in declared order (a mirrored field's
        copy into a local of its own, checked like a header field of its shape), then each
        mirrored copy compared with the payload's value."""
        lines = []
        for x in self.f.claims:
            if x.spread:
                lines += self.spread_literal(x)
            elif x.placement is not Placement.HEADER:
                lines += self.read(x, "m", out)
        for x in self.f.header_fields:
            if not x.also_in_header:
                lines += self.read(x, "h", out)
                continue
            copy = self.header_copy(x)
            take = f"c.take(h, {self.lit(x.wire)}, true)"
            lines += [f"{copy} := c.{self.lang.reader(x.shape)}({take})"]
            lines += self.claim_checks(x, copy)
        for x in self.f.mirrored:
            differs = self.lit(f"{x.wire} in the header differs from the payload's")
            lines.append(f"c.want({self.header_copy(x)} == {out}.{x.ident}, {differs})")
        return lines

    def header_copy(self, x: FieldIR) -> str:
        """The local holding the header's copy of mirrored field ``x``."""
        return self.lang.local(x.ident) + "InHeader"

    def claim_checks(self, x: FieldIR, expr: str) -> list[str]:
        """Checks of a verified claim beyond its type (declared objects check theirs as read)."""
        shape = x.shape
        lines = []
        if shape.kind in (Kind.ARRAY, Kind.MAP):
            each = shape.items or shape.values
            assert each is not None
            inner = self.claim_constraints(each, "w", x.wire + "[]")
            lines = block(f"for _, w := range {expr}", inner) if inner else []
        elif not (shape.is_declared_object or shape.is_free_object):
            lines = self.claim_constraints(shape, expr, x.wire)
        if x.fixed_literal is not None:
            fixed = self.lang.typed(x.shape, x.fixed_literal)
            lines.append(f"c.want({expr} == {fixed}, {self.detail(x.wire, 'not the fixed value')})")
        return lines

    def claim_constraints(self, shape: ShapeIR, expr: str, where: str) -> list[str]:
        """A read scalar's constraints; a union's are its variant's (the reader checked that
        the value is of some variant's type)."""
        if shape.kind is not Kind.UNION:
            return self.constraints(shape, expr, where, safe=False)
        local = "u" if expr == "w" else "w"
        checked = []  # (Go type, checks) of the variants with constraints
        for variant in shape.variants:
            lines = self.constraints(variant, local, where, safe=False)
            if lines:
                checked.append((self.lang.go_type(variant), lines))
        if len(checked) == 1:
            go, lines = checked[0]
            ok = "is" + go.capitalize()
            return block(f"if {local}, {ok} := {expr}.({go}); {ok}", lines)
        if not checked:
            return []
        cases = []
        for go, lines in checked:
            cases += [f"case {go}:", *("\t" + line for line in lines)]
        return [f"switch {local} := {expr}.(type) {{", *cases, "}"]

    def class_reader(self, shape: ShapeIR) -> list[str]:
        """Statements of the checks method reading a declared object into ``out``."""
        lines = []
        for p in shape.properties:
            lines += self.read(p, "m", "out")
        if shape.exactly_one_of:
            lines.append(self.exactly_one(shape, "out."))
        return lines

    def claim_values(self, out: str) -> dict[str, Value]:
        """Verified claims as values (an envelope's signed string is computed from them)."""
        values = {}
        for x in self.lang.claims(self.f):
            pointer = not x.required and not self.lang.nil_absent(x.shape)
            present = "" if x.required else f"{out}.{x.ident} != nil"
            values[x.wire] = Value(x, ("*" if pointer else "") + f"{out}.{x.ident}", present)
        return values

    def registered_reads(self, m: str) -> list[str]:
        """Statements reading each registered time claim the format does not declare out of
        ``m`` (it stays in Extra): absent, or an integer (RFC 7519 §4.1.4-6)."""
        lines = []
        for r in self.f.verify.registered:
            if r.field is None:
                value, ok = self._registered_locals(r)
                expected = self.detail(r.name, "expected an integer (NumericDate)")
                lines += [
                    f"{value}, {ok} := {m}[{r.name_literal}].(int64)",
                    f"_, carries{value.upper()} := {m}[{r.name_literal}]",
                    f"c.want({ok} || !carries{value.upper()}, {expected})",
                ]
        return lines

    def _registered_locals(self, r: RegisteredIR) -> tuple[str, str]:
        local = self.lang.local(self.lang.type_name(r.name))
        return local, local + "OK"

    def times(self, out: str, zero: str) -> list[str]:
        """The time rules, in the shared order: declared expiry, registered exp, max age,
        declared nbf and iat, registered nbf and iat, lifetime too long."""
        v = self.f.verify
        lines: list[str] = []

        def claim(x: FieldIR | None) -> tuple[str, str]:
            if x is None:
                return "", ""
            target = f"{out}.{x.ident}"
            return (target, "") if x.required else ("*" + target, target + " != nil")

        def registered(role: TimeRole) -> tuple[RegisteredIR | None, str, str]:
            r = next((r for r in v.registered if r.role is role), None)
            if r is None:
                return None, "", ""
            if r.field is None:
                return r, *self._registered_locals(r)
            if not r.field.shape.is_integer:
                raise NotImplementedError(f"Go: the registered claim {r.name} is not an integer")
            return r, *claim(r.field)

        def rule(guard: str, cond: str, code: str, detail: str) -> None:
            test = f"{guard} && {cond}" if guard else cond
            failed = f"&Error{{Code: {self.lit(code)}, Detail: {self.lit(detail)}}}"
            lines.extend(block(f"if {test}", [f"return {zero}, {failed}"]))

        # The arithmetic is on the claim side: a claim is within ±(2^53-1) once read, while
        # now is any int64 (now-leeway would overflow at math.MinInt64).
        def plus(value: str, *terms: int) -> str:
            return value + "".join(f"+{t}" for t in terms if t)

        def minus(value: str, term: int) -> str:
            return f"{value}-{term}" if term else value

        exp, exp_guard = claim(v.expires)
        iat, iat_guard = claim(v.issued_at)
        nbf, nbf_guard = claim(v.not_before)
        expiry = v.expires.wire if v.expires else ""
        more, more_guard = claim(v.expires_plus)
        lasts = ""  # the sum starts at issued-at: the lifetime is its other term
        if v.expires_plus:  # expiry is a sum: exact in int64, each claim within ±(2^53-1)
            lasts = more if iat and not iat_guard and exp == iat else ""
            exp = f"{exp}+{more}"
            exp_guard = " && ".join(g for g in (exp_guard, more_guard) if g)
            expiry += " + " + v.expires_plus.wire
        if v.expires:
            passed = f"{plus(exp, v.leeway)} <= o.now"
            rule(exp_guard, passed, "expired", f"{expiry} has passed")
        r, value, guard = registered(TimeRole.EXPIRES)
        if r is not None:
            rule(guard, f"{plus(value, v.leeway)} <= o.now", "expired", f"{r.name} has passed")
        if v.issued_at and v.max_age is not None:
            too_old = f"{plus(iat, v.max_age, v.leeway)} <= o.now"
            rule(iat_guard, too_old, "expired", f"{v.issued_at.wire} is too old")
        for x, value, guard in ((v.not_before, nbf, nbf_guard), (v.issued_at, iat, iat_guard)):
            if x is not None:
                future = f"{minus(value, v.leeway)} > o.now"
                rule(guard, future, "not_yet_valid", f"{x.wire} is in the future")
        for role in (TimeRole.NOT_BEFORE, TimeRole.ISSUED_AT):
            r, value, guard = registered(role)
            if r is not None:
                future = f"{minus(value, v.leeway)} > o.now"
                rule(guard, future, "not_yet_valid", f"{r.name} is in the future")
        if v.expires and v.max_lifetime is not None:
            start = iat if iat and not iat_guard else "o.now"
            if iat_guard:  # the lifetime counts from issued-at when the token has one
                lines.append("start := o.now")
                lines += block(f"if {iat_guard}", [f"start = {iat}"])
                start = "start"
            longer = f"lives longer than {v.max_lifetime}s"
            too_long = f"{minus(exp, v.max_lifetime)} > {start}"
            if lasts:
                too_long = f"{lasts} > {v.max_lifetime}"
            rule(exp_guard, too_long, "lifetime_too_long", longer)
        return lines

    # Signed URLs read back.

    def match_base(self) -> tuple[list[str], list[Placeholder]]:
        """Statements splitting ``base`` by the URL template and percent-decoding its
        placeholders (``ok`` false when it does not match), with the placeholders.

        A placeholder takes the text up to the first occurrence of the literal after it (or
        up to the final literal): the reference's non-greedy match of these templates."""
        parts = self.f.url_base
        lines = ["rest, ok := base, true"]
        found: list[Placeholder] = []
        pending: str | None = None
        cut_declared = False
        for index, p in enumerate(parts):
            if p.literal is None:
                assert p.field is not None
                local = self.lang.local(p.field.ident)
                if pending is not None:
                    lines.append(
                        f'{pending} := ""'
                    )  # two placeholders in a row: the first is empty
                pending = local + "Raw"
                found.append((p.field, pending, local + "Text" if p.percent else pending))
                continue
            literal = self.lit(p.literal)
            if pending is None:
                lines.append(f"ok = ok && strings.HasPrefix(rest, {literal})")
                lines.append(f"rest = strings.TrimPrefix(rest, {literal})")
            elif index == len(parts) - 1:
                lines.append(f"ok = ok && strings.HasSuffix(rest, {literal})")
                lines.append(f"{pending} := strings.TrimSuffix(rest, {literal})")
            else:
                if cut_declared:
                    lines += [
                        f"var {pending} string",
                        f"{pending}, after, cut = strings.Cut(rest, {literal})",
                    ]
                else:
                    lines.append(f"{pending}, after, cut := strings.Cut(rest, {literal})")
                lines.append("rest, ok = after, ok && cut")
                cut_declared = True
            pending = None
        if pending is not None:
            lines.append(f"{pending} := rest")
        for _, raw, text in found:
            if raw != text:
                lines += [f"{text}, decoded := unescape({raw})", "ok = ok && decoded"]
        return lines, found

    def query_names(self) -> str:
        """The names of the query parameters a signed URL may carry (the signature's too), as
        a Go case list."""
        return ", ".join(self.lit(q.name) for q in self.f.named_params)

    def query_prefixes(self) -> str:
        """A Go condition true when ``name`` is no map's parameter (the prefix, then a key)."""
        prefixes = [self.lit(q.name) for q in self.f.map_params]
        each = [f"!strings.HasPrefix(name, {p}) || name == {p}" for p in prefixes]
        return each[0] if len(each) == 1 else " && ".join(f"({c})" for c in each)

    def received(self, base: list[Placeholder], zero: str) -> list[str]:
        """Statements putting each received field, typed, into ``m`` (in received order)."""
        lines: list[str] = []
        for x, _, text in base:
            lines += self.typed_text(x, text, f"m[{self.lit(x.wire)}]", zero)
        run: list[str] = []  # JSON-valued parameters in a row: read in one loop
        for q in self.f.url_query:
            if q.field is None or q.per_key:  # a map: read() gathers it from q
                continue
            if q.encode is TextForm.JSON:
                run.append(q.field.wire)
                continue
            lines += self.json_loop(run, zero)
            run = []
            body = self.typed_text(q.field, "t", f"m[{self.lit(q.field.wire)}]", zero)
            lines += block(f"if t, found := q[{self.lit(q.name)}]; found", body)
        return lines + self.json_loop(run, zero)

    def json_loop(self, names: list[str], zero: str) -> list[str]:
        if not names:
            return []
        listed = ", ".join(self.lit(n) for n in names)
        read = [
            "v, err := parseJSON(t)",
            *block("if err != nil", [f"return {zero}, err"]),
            "m[name] = v",
        ]
        loop = f"for _, name := range [...]string{{{listed}}}"
        return block(loop, block("if t, found := q[name]; found", read))

    def typed_text(self, x: FieldIR, text: str, target: str, zero: str) -> list[str]:
        """Statements storing received plain ``text`` as the field's JSON type."""

        def refused(what: str) -> str:
            detail = self.detail(x.wire, what)
            return f'return {zero}, &Error{{Code: "invalid_claim", Detail: {detail}}}'

        if x.shape.is_integer:
            return [
                f"n, isInteger := integerText({text})",
                *block("if !isInteger", [refused("not an integer")]),
                f"{target} = n",
            ]
        if x.shape.kind is Kind.BOOLEAN:
            return [
                *block(f'if {text} != "true" && {text} != "false"', [refused("not true or false")]),
                f'{target} = {text} == "true"',
            ]
        return [f"{target} = {text}"]

    def received_message(self, base: list[Placeholder]) -> list[str]:
        """Statements writing the signed text of a received URL into ``msg``: the text as it
        arrived (a %-encoded part from a placeholder that was not %-encoded is encoded)."""
        from_base = {x.wire: (raw, text) for x, raw, text in base}
        items: list[Item] = []
        run: list[str] = []  # parameters read the same way, after a part always there
        sep = self.f.message_join

        def flush_run() -> None:
            if len(run) >= 3:
                names = ", ".join(self.lit(n) for n in run)
                glued = self.append("msg", sep).split(" = ", 1)[1]
                body = block("if t, found := q[name]; found", [f"msg = append({glued}, t...)"])
                loop = block(f"for _, name := range [...]string{{{names}}}", body)
                items.append(Item("", "", tuple(loop), joined=False))
            else:
                for n in run:
                    items.append(
                        Item(
                            f"t, found := q[{self.lit(n)}]; found", "", ("msg = append(msg, t...)",)
                        )
                    )
            run.clear()

        for p in self.f.message_parts:
            wire = p.field.wire
            if wire in from_base:
                flush_run()
                raw, text = from_base[wire]
                if p.encode is TextForm.PERCENT and raw == text:
                    body = f"msg = appendEscaped(msg, {raw})"
                else:
                    body = f"msg = append(msg, {raw if p.encode is TextForm.PERCENT else text}...)"
                items.append(Item("", p.prefix, (body,)))
                continue
            name = next(q.name for q in self.f.url_query if q.field and q.field.wire == wire)
            anchored = any(not i.present for i in items if i.joined)
            if anchored and not p.prefix and p.encode is not TextForm.PERCENT:
                run.append(name)
                continue
            flush_run()
            body = (
                "msg = appendEscaped(msg, t)"
                if p.encode is TextForm.PERCENT
                else "msg = append(msg, t...)"
            )
            items.append(Item(f"t, found := q[{self.lit(name)}]; found", p.prefix, (body,)))
        flush_run()
        return self.merged("msg", self.sequence("msg", items, sep))
