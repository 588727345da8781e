/*
** sandbox_random.c — math.random for scenarios: a xoshiro256** generator
** per playthrough, seeded by the engine, in place of Lua's own (one per
** Lua state, seeded from the clock). A replay from the seed must draw the
** same numbers, and two playthroughs of one case must not disturb each
** other's sequence (format, section 4).
*/
#include <lauxlib.h>

#include "sandbox_priv.h"

/* {====================================================== random */

/* splitmix64 spreads a small seed over the generator's 256 bits. */
void rng_seed(Rng *r, uint64_t seed) {
    for (int i = 0; i < 4; i++) {
        uint64_t z = (seed += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        r->s[i] = z ^ (z >> 31);
    }
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(Rng *r) {
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

void sandbox_use_rng(Sandbox *sb, Rng *r) {
    sb->rng = r ? r : &sb->load_rng;
    if (!r) sb->step_deadline = 0; /* the playthrough is over */
}

/* math.random with Lua 5.4's interface: () a float in [0, 1), (m) an
   integer in [1, m], (m, n) an integer in [m, n]; drawn from the current
   playthrough's generator. */
int sandbox_math_random(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    uint64_t rv = rng_next(sb->rng);
    lua_Integer low, up;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, (lua_Number)(rv >> 11) * 0x1.0p-53);
        return 1;
    case 1:
        low = 1;
        up = luaL_checkinteger(L, 1);
        if (up == 0) { /* math.random(0): all bits, as in Lua */
            lua_pushinteger(L, (lua_Integer)rv);
            return 1;
        }
        break;
    case 2:
        low = luaL_checkinteger(L, 1);
        up = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    luaL_argcheck(L, low <= up, 1, "interval is empty");
    /* Uniform in [0, range] by rejection over the smallest covering mask. */
    uint64_t range = (uint64_t)up - (uint64_t)low, mask = range;
    mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4;
    mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32;
    while ((rv &= mask) > range) rv = rng_next(sb->rng);
    lua_pushinteger(L, (lua_Integer)((uint64_t)low + rv));
    return 1;
}

/* }====================================================== */
