#include "shared/CommonPasswords.h"

#include <iterator>

namespace erp::shared {

const QSet<QString> &commonPasswords()
{
    // Kept in the binary rather than a data file so client and server can never
    // disagree and nothing can go missing at install time. Entries are
    // case-folded; lookups fold the candidate the same way.
    static const QSet<QString> set = [] {
        static const char16_t *const list[] = {
        u"123456", u"123456789", u"12345678", u"password", u"qwerty", u"12345",
        u"1234567", u"111111", u"1234567890", u"123123", u"abc123", u"1234",
        u"password1", u"iloveyou", u"1q2w3e4r", u"000000", u"qwerty123", u"zaq12wsx",
        u"dragon", u"sunshine", u"princess", u"letmein", u"654321", u"monkey",
        u"27653", u"1qaz2wsx", u"123321", u"qwertyuiop", u"superman", u"asdfghjkl",
        u"trustno1", u"baseball", u"football", u"121212", u"shadow", u"master",
        u"666666", u"qwertyui", u"987654321", u"123qwe", u"7777777", u"mustang",
        u"michael", u"112233", u"jordan23", u"access", u"passw0rd", u"p@ssw0rd",
        u"p@ssword", u"pa$$word", u"password123", u"password12", u"password1234", u"password!",
        u"iloveyou1", u"iloveyou2", u"welcome", u"welcome1", u"welcome123", u"admin",
        u"admin123", u"administrator", u"root", u"toor", u"changeme", u"changeme123",
        u"secret", u"secret123", u"letmein1", u"letmein123", u"login", u"guest",
        u"test", u"test123", u"testing", u"qwerty1", u"qwerty12", u"qwerty1234",
        u"qwertyu", u"qwertz", u"qwertz123", u"azerty", u"azerty123", u"asdfgh",
        u"asdfghjk", u"asdf1234", u"zxcvbnm", u"zxcvbnm123", u"zxcvbn", u"1qazxsw2",
        u"1q2w3e", u"1q2w3e4r5t", u"1q2w3e4r5t6y", u"q1w2e3r4", u"q1w2e3r4t5", u"qazwsx",
        u"qazwsxedc", u"qweasdzxc", u"1qaz2wsx3edc", u"asdasd", u"asdasd123", u"qweqwe",
        u"qwe123", u"qwe12345", u"aaaaaa", u"11111111", u"00000000", u"12341234",
        u"123454321", u"1234554321", u"12344321", u"87654321", u"11223344", u"147258369",
        u"159753", u"147852369", u"123698745", u"0987654321", u"9876543210", u"741852963",
        u"123456a", u"123456aa", u"a123456", u"a12345678", u"abcd1234", u"abcdef",
        u"abcdefg", u"abcdefgh", u"abcdefg123", u"abc12345", u"abcabc", u"1a2b3c4d",
        u"aa123456", u"aa12345678", u"iloveu", u"iloveyou!", u"loveme", u"lovely",
        u"loveyou", u"lover", u"love123", u"mylove", u"ilovegod", u"iloveme",
        u"iloveme1", u"sunshine1", u"princess1", u"football1", u"baseball1", u"basketball",
        u"soccer", u"hockey", u"tennis", u"golfer", u"jordan", u"michael1",
        u"jennifer", u"jessica", u"ashley", u"amanda", u"daniel", u"andrew",
        u"joshua", u"matthew", u"anthony", u"charlie", u"thomas", u"robert",
        u"william", u"george", u"hunter", u"ranger", u"buster", u"harley",
        u"tigger", u"ginger", u"pepper", u"maggie", u"bailey", u"shadow1",
        u"master1", u"dragon1", u"monkey1", u"superman1", u"batman", u"batman1",
        u"spiderman", u"starwars", u"pokemon", u"naruto", u"whatever", u"freedom",
        u"nothing", u"summer", u"winter", u"spring", u"autumn", u"internet",
        u"computer", u"samsung", u"google", u"facebook", u"linkedin", u"yahoo",
        u"microsoft", u"windows", u"apple", u"iphone", u"android", u"hotmail",
        u"gmail", u"myspace", u"youtube", u"twitter", u"instagram", u"chelsea",
        u"liverpool", u"arsenal", u"barcelona", u"manchester", u"cheese", u"chocolate",
        u"cookie", u"banana", u"orange", u"purple", u"yellow", u"silver",
        u"diamond", u"flower", u"flowers", u"butterfly", u"angel", u"angels",
        u"beautiful", u"sweety", u"sweetheart", u"babygirl", u"baby123", u"princesa",
        u"hello", u"hello123", u"hellokitty", u"hello1", u"helloworld", u"trustme",
        u"trustno1!", u"letmein!", u"whatever1", u"qwerty!", u"qwerty123!", u"password2",
        u"password3", u"password01", u"passw0rd1", u"pass1234", u"pass123", u"passpass",
        u"mypassword", u"yourpassword", u"newpassword", u"oldpassword", u"nopassword", u"defaultpassword",
        u"temppassword", u"temp1234", u"temp123", u"default", u"default1", u"system",
        u"system123", u"server", u"server123", u"database", u"oracle", u"postgres",
        u"postgres123", u"mysql", u"sqlserver", u"admin1", u"admin1234", u"admin12345",
        u"adminadmin", u"administrator1", u"root123", u"rootroot", u"superuser", u"user",
        u"user123", u"user1234", u"username", u"demo", u"demo123", u"sample",
        u"office", u"office123", u"company", u"company123", u"business", u"money",
        u"money123", u"dollar", u"million", u"lucky7", u"lucky123", u"killer",
        u"hunter2", u"hunter12", u"maverick", u"phoenix", u"dakota", u"cowboy",
        u"cowboys", u"eagles", u"steelers", u"yankees", u"redsox", u"lakers",
        u"bulldog", u"dolphin", u"dolphins", u"mickey", u"minnie", u"snoopy",
        u"garfield", u"scooby", u"tweety", u"matrix", u"zeus", u"thunder",
        u"blizzard", u"warcraft", u"minecraft", u"fortnite", u"roblox", u"gaming",
        u"gamer", u"qwerty7", u"zxcvbnm1", u"asdfghjkl1", u"1234qwer", u"qwer1234",
        u"1234abcd", u"abcd123", u"a1b2c3", u"a1b2c3d4", u"aaaaaaaa", u"12121212",
        u"69696969", u"88888888", u"99999999", u"55555555", u"66666666", u"77777777",
        u"22222222", u"123123123", u"123456123", u"1234512345", u"111222333", u"123abc",
        u"123qweasd", u"qweasd123", u"zaq1zaq1", u"zaq1xsw2", u"xsw21qaz", u"2wsx3edc",
        u"3edc4rfv", u"1qaz1qaz", u"!qaz2wsx", u"q2w3e4r5", u"1234567a", u"12345qwert",
        u"12345678a", u"password@", u"password#", u"password1!", u"passw0rd!", u"p@ssw0rd1",
        u"welcome1!", u"welcome2", u"welcome01", u"spring2023", u"summer2023", u"winter2023",
        u"autumn2023", u"spring2024", u"summer2024", u"winter2024", u"autumn2024", u"january",
        u"february", u"march2024", u"monday", u"friday", u"sunday", u"abc123456",
        u"qwerty2023", u"qwerty2024", u"2023", u"2024", u"19841984", u"19901990",
        u"20002000", u"20202020", u"letmein2", u"iloveyou123", u"trustno12", u"starwars1",
        u"superstar", u"rockstar", u"rockyou", u"rocky123", u"jesus", u"jesus1",
        u"jesuschrist", u"christ", u"blessed", u"heaven", u"faith", u"grace",
        u"freedom1", u"liberty", u"america", u"usa123", u"canada", u"london",
        u"paris", u"berlin", u"sydney", u"tokyo", u"michelle", u"nicole",
        u"daniel1", u"jessica1", u"ashley1", u"charlie1", u"robert1", u"thomas1",
        u"andrea", u"melissa", u"alexander", u"alexandra", u"victoria", u"elizabeth",
        u"christopher", u"benjamin", u"samantha", u"patricia", u"whatever!", u"qwertyuiop1",
        u"asdfghjkl;", u"1qaz@wsx", u"1q2w3e4r!", u"p@ssw0rd!", u"p4ssw0rd", u"passwort",
        u"passwort1", u"hallo123", u"schatz", u"geheim", u"motdepasse", u"soleil",
        u"bonjour", u"contrasena", u"contraseña", u"senha", u"senha123", u"parola",
        u"parola123", u"haslo", u"haslo123", u"wachtwoord", u"salasana", u"lozinka",
        u"1234567890a", u"0123456789", u"01234567", u"012345678", u"098765", u"0987654",
        u"09876543", u"123456789a", u"abcdefghij", u"abcdefghijk", u"qwertyuio", u"asdfghjk;",
        u"zxcvbnm,", u"1234567890-", u"1q2w3e4r5t6y7u", u"computer1", u"internet1", u"security",
        u"security1", u"secure", u"secure123", u"private", u"private1", u"access14",
        u"access123", u"letmein12", u"master123", u"master12", u"shadow12", u"dragon12",
        u"monkey12", u"monkey123", u"dragon123", u"football12", u"football123", u"baseball12",
        u"princess12", u"princess123", u"sunshine12", u"sunshine123",
        };
        QSet<QString> s;
        s.reserve(int(std::size(list)));
        for (const char16_t *word : list)
            s.insert(QString::fromUtf16(word));
        return s;
    }();
    return set;
}

} // namespace erp::shared
