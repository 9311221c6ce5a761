module bench

go 1.21

// golang-jwt: the idiomatic Go JWT library, timed against the generated tinybird-jwt code.
require github.com/golang-jwt/jwt/v5 v5.3.1
