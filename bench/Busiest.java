// Prints the name of the city the most documents speak of (URL-encoded), read from GET /cities.
//
//   java -cp 'target/quarkus-app/lib/main/*' bench/Busiest.java [--url http://localhost:8095]

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public class Busiest {
    public static void main(String[] args) throws Exception {
        String base = args.length >= 2 && args[0].equals("--url") ? args[1] : "http://localhost:8095";
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String busiest = null;
        long most = -1;
        for (int page = 0; ; page++) {
            HttpResponse<String> res = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/cities?size=500&page=" + page)).build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException("GET /cities answered " + res.statusCode() + ": " + res.body());
            }
            JsonNode items = json.readTree(res.body()).path("items");
            for (JsonNode item : items) {
                long documents = item.path("documents").asLong();
                if (documents > most) {
                    most = documents;
                    busiest = item.path("city").path("name").asText();
                }
            }
            if (items.size() < 500) {
                break;
            }
        }
        if (busiest == null) {
            throw new IllegalStateException("no city is stored");
        }
        System.out.println(URLEncoder.encode(busiest, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
