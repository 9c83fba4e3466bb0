package org.akhbar.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.akhbar.people.Staff;
import org.akhbar.platform.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links that show an article that is not public (a draft, a story in review) to someone without a
 * newsroom account, until they expire ({@code akhbar.preview.lifetime}, two days by default). The
 * token is 256 random bits; only its SHA-256 hash is stored, so the database alone opens nothing.
 */
@Service
public class ArticlePreviews {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PreviewRepository previews;
    private final ArticleRepository articles;
    private final Clock clock;
    private final Duration lifetime;

    ArticlePreviews(PreviewRepository previews, ArticleRepository articles, Clock clock,
            @Value("${akhbar.preview.lifetime:48h}") Duration lifetime) {
        this.previews = previews;
        this.articles = articles;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new link's token for the article, made by someone who may edit it. */
    @Transactional
    public String create(long articleId, Staff staff) {
        ArticleRepository.State state = articles.findState(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        if (!ArticlePermissions.mayEdit(staff, state)) {
            throw new ForbiddenException("article.error.may-not-edit");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        previews.insert(hash(token), articleId, staff.id(), now, now.plus(lifetime));
        return token;
    }

    /** The article the token shows, as it stands now, if the token is valid. */
    public Optional<Article> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return previews.findArticle(hash(token), clock.instant()).flatMap(articles::findById);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
