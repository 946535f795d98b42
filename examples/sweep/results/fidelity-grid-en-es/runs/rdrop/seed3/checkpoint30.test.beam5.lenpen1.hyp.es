Si se debe ser el botones de los botones de los pres
Indododo de rolcusos
no se pudo crear el archivo '%s'
El dominio a la restricción de dominio en NL, dominio
%s no puede ser aplicado a una función
ignorado
problema actualizar '%s' a '%s': %s
-n, --quiet, --silentes de las aplicados de tientes
no se puede utilizar la expresión de la expresión de registros en la expresión
Dasisisbles de «regisisisis»
El archivo de archivos que seguicados de modificado
(unacurita)
Exciones de evens
carácter inesperado `%c' en el tipo precificación `%d'
Error al sando el fichero de %s: %s
el proceso de trabajo
firmas de datos no válida con PKAAAAA
%B: %#Lx: aviso: símbolo de sección inesperado
no se puede crear el fichero regular %s
ARCHRRA
Error al parámetro de configuración %s: %d
push para '%s' no seguizar '%s'
Mononmados
base de datos %s
No se puede rllo
clase de la clase no válido
Por favor, seleccionado de claves de claves:
--tracece una rama de la rama
Establecer el número de miexerto en el nuevo clúster
República de SSS, República Sociaciaciaciaciaciacias
Indica si se deben las líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Cacuso de la claves de la claves de la claves (poras)
La secuencia de la secuencia de servidor Xiza de servidor
Cdrom con Ubuntu 9.10 Ko Ko Ka
Tacano
las opciones -C -C no se pueden usar las desección des des
Mover un fichero de un directorio, o un directorio de un directorio
Naxistetes en la dirección de la dirección
No se puede rmama Z
El número de la pantalla de la pantalla de la pantalla de la pantalla de la pantalla.
Viense
Descción de especificación de formatos de «x», -mmin», -ttizado, -t, -t, -t, -t, -t, -t, -t, -t, -denenenenenenencecuse el nombre de seguridad que el nombre de seguridad que -t, -dert, -t, -t, -t, -t, -hhhhhorort, -t, -mminint, -t, -t, -dert, -malalalalalalalalal, -dencional, -t, -minint, -t, -t, -t, -t, -den muestra el nombre de seguridad que el nombre de lasecionionionalalalalalalalalalalalal
el archivo de «comprimido», pero no está soportada
Crols y pidids, Ingués
línea no válidos de línea %s
no se puede borrar los push desos des de push
Time a :
salida en la salida de la salida de la salida de INDENCO
Sección [%2d] '%s': hash de dispersión para lasión %zu
No se permite un carácter de 'ac' en un valor de caracteres en el valor de caracteres
destino
Xfatizado
core yacrros en el modo de 32 bits.
sparse: se admite el filos tiene un optrizado
No hay fusión de fusión de fusión de trabajo.
Francés (Siza, sin teclas muertas)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección .ST_SSST_SS
el tipo de operando de tipos no puede ser en el tipo
iniciar la fecha de pg_line:
no se pudo encontrar el primer primer primer primer primer primer registro GST
Operación inválido: --at=SSSCCCCCC
lectura de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta del archivo
no se pudo iniciar %s
No se han ser «enen» en el marcador de la URI «%s»
Modo de empleo: %s [opciones](s)](s)](s)
la opción '-%c' requiere un argumento
No se reconoce IN_NTTFION_FIF
No se permite una definición con la definición de símbolos con el fichero des des desos
opción --no-conflict-conflict-segus requiere la opción --no-inint, --in-in-in-in-in-int-int-intival-in-intizat-inininininintizaset-setiival-insetizasoset, --no-int-in-in-in-in-in-insetival-insetival-setiensosetival-intizasetizasosetival-intal-intival-intivososososososesetivalal-ininininsetiz
clave %s: «%s»
versión de índice %d
Se especificó ningún protocolo de protocolos
Francés (talal).
Rececitas de ventanas de ventanas de una ventanas
-a, --all muestra los bases de datos
<stringido: %ld: %ld
El valores de sacededido para el valor de «se».
'%s' no existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de encabezado de encabezado: falta el nuevo
--no--modififififififizado en el modo de tizado
El elemento de pos en el elemento
no se pudo analizar '%s'.
-mamas=8> Establece el tipo de 8, 88, 8, 8, 8, 8843336666666666666663333333333333333333333333333333333333300
<lama>
Se esperaba un argumento
Tipo %s no está implementa de las de las de lasconconosecece
no se pudo analizar %s
Taca de x
la instrucción no es un modo de la dirección
abortando la transacción actual actual
sipizado de claves: %lu
no se admite la definición '%s'
El número de registro para el widget de registro a un widget
tizar la ubicación de WAL %X (LSN) no debe ser mayor que %X/%X
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.
Martando %s
dicrimiminas que cero
El inmediato está fuera de rango a 05555
-fattrox no pueden usar con -hos
Maclas deplas depobles de ficheros
%s requiere un valor
Lista de opciones XKBB
múltiples registros para el mismo registro de registros
%B: número de reubicación no válida: %d
Cabuso no válido2
-X, --exclude-ectoror-sectorr la lista de la lista de la lista de la lista de la lista de datos
tipo: %s
deversión de las local %s para %s
%s clave %s de %s no utilizado (%zu)
abortando porquequeque de lectura
instrucción de registros requiere el índice
debe ser un check-check-checkoutout a un tidades
no se pudo crear el tablespace %u no se puede ser eliminar el directorio %d
--scksize <size> Establece el tamaño de la pila en la pila
el índice no debe ser usado en modo de índice
aviso: %s contiene un puntero
usando OCSPSP
el valor de campo «%s» está fuera de rango: «%s»
define un nuevo operador de operador de operador
no se admite la sección de sección en la sección: %s
Incaca de max_presegados (securizado).
Intertalal: error de error de opcalalal «%s»: «%s».
Dacazado de transferado.
Busecense
documento de Aporkk
sección de sección 0%u] [%u]
ref_rerereopciones
%s: las: lasión dentro de hibido a %s: %s
Versión: %s
Vietivas
no se puede abrir el nombre %s para %s
el operador de operador «%s» no es un tipo %s
No se deben ser un sosego no están conclas/s)
Error del So de tarco
-, --help=help=opciones] muestra este ayuda, muestra los ayuda
Verstica de lasticas
Símbolos de una instrucción inmediato para la instrucción
no se puede borrar el viso «%s» de «%s»
la función «%s» debe ser tizada
La instrucción de instrucciones o dertizado
no se pudo analizar la lista RDARA
Opciones para '%s': '%s':
Coladus de la cabeceras de ticas
no se admite esta páginas en este plas no está soportado
Mobuse un YCTPTT
No se admite la sección de símbolos en la sección de sección
Establece el número máximo máxima de mula de un número de trabajo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN] [UUUURO] o bien: %s]
delimit_de_cacaca
el archivo «%s» contiene un archivo NUL, no está terminada en %s
cliente un cliente no válida SSSSS
carácter no válido
Define PROARRRO para las opciones de enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: no se esperaba un directorio desconocido
(fixando conflictos y «git rebase --continue»)
redodo no es válido
CPIO (comprimido comprimido)
la función de agregación no pueden tener más más de argumento %d
%s tiene un parámetro de parámetro
Falló la sección debubucación de la alineación de la sección de la sección de la sección de la sección de la sección
Dirección de tablas:
Actualizar (Puusea, NLL)
El cambios para el repositorio
<nombre>
--entryentry <cecififififica de la entrada de la entrada
cambia la definición de búsqueda de búsqueda de texto
no se pudo iniciar el inicio de ««««s» para ller»
error de sintaxis de las inesperado inesperado
Aplicar las cambios de cambios existe
Los valores entre entre «%s» y «%d».
no se encontró entradas
tamaño de objetos
Menchoso de nivel 5
ADVERTENCIA: la clave de clave no es válido con la firmada
el tamaño de pg_data antiguo y el tamaño de la relación no es válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono del icono en el elemento
no existe el usuario de usuario «%s»
no se puede cambiar el tipo de datos de parámetro de configuración de parámetro
Falló la recorora de '%s' de '%s'
El primer primera la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento y exec y los segmentos de los segmentos de lectura
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -dus de la opción -diza de la opción.
las funciones de la función de la función de las no está permitidos
Kurado (Sriaia, FS)
compresión de comprimido
Establece el tamaño de la tabla de la tabla de la tablas <NUUUUM
Impaza quierdas de WAL para el directorio «%s».
|adusecus-curit-Bus
(secuso: %u)
ADVERTENCIA: no se admite el directorio de configuración en el directorio de configuración '%s' en el directorio '%s'
El paquetes de paquetes de paquetes
-m[no-%s»]=EEEs/sisistizable %s
Cata
Actualizar la modificación de modificación de modificación de modificación de modificación de FICHERO
el mensaje de catuso tiene plución de lasión de lasión de .#'
Laio
%s: Se esperaba un fichero de entrada de entrada de entrada
los contador de registros no puede ser ser «CCCSSSSSSS
\pset: se permite una columnas de la líneas de la líneas de la líneas
No hay un elemento para este elemento de software.
-d, --dbname=BBEE base de datos a la base de datos «%s»)
no se esperaba un contexto de la línea de la línea
%B: preclat-resos de reubicación %s
no se admite la dirección de dirección de la dirección
El probo un probo YYY.
el ordenamiento «%s» no existe para la codificación «%s»
Mistinando como después del butiltil.
%s MiB de memoria es demasiado. El código es demasiado.
|VLL||EEEEEEE de la clave para la clave
cancelado por el usuario
Nombre de Kusos
el índice es demasiado grande para el índice
República de Nera
constante el argumento de argumento de argumento de argumento
el nombre de límite de límite con el límite de rango de `s' no debe ser usado
-PPASSPASS contraseña de la contraseña de registros de registros de servidor
Alemán (Bone, tizaza de registros en el registro de registro)
se requiere un registro de registro Z
la directiva .end sin un prección de la directiva .ent
Reecita de pg_base o pg_de un directorio de datos.
Darwar: Error de la función no válida o bien: %#x.
%s y «lllll» y muuuse»
sipizando fifijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit -64; se creado
OPPR_IO (segicos (sisisisisttés)
el modo (%s) no coincide el modo %s)
nombre de en nombre,: %s.*s
[ARGS...]
no hay un segmento de sección .cetizada
El valores de la aplicación de lasión de las de lasión
Necesita autenticar el sistema para el sistema.
estrategia de compresión de compresión '%s'!
compenda <penda> en el directorio de trabajo «por»): «por»
no se puede utilizar la tabla ONFICCCT o UPDATE o no se puede usar con una tablas o UPDATE
[ desbordamiento de pila]
no permitir el argumento «%s» para el cursor «%s»
Operación desconocida en la orden %s
la columna «%s» de la columnas» tiene conflictos
procó_rererecce
%X%P: no se pudo crear_hash_lololo: %E
los archivos de entrada de entrada de entrada ...
no se pueden eliminar las de grupos de grupos en las
%B: usar un campo desconocida desconocida (%##lx)
se debe especificar la ruta(s) para la ruta(s)
%X%P: la sección de la sección de la sección %s y %A.
ID de clave %s)
Funacción de la crrupta en las.
--%s toma de argumentos de argumentos de argumentos de argumentos.
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar el modos en el modo
la base de datos a la base de datos «%s»
-h, --hher muestra la salida en la salida de la salida
el mensaje inesperado con el mensaje de la longitud de word
No se encontró instrucción
No se han en el modo de modo de modo.
opciones de SP: --pamusoso de lashusosos
Mecera de las
.DEFAULT_DEFAULT_OOOOL que más más de objetivo
Manacho
Francés (Dororora)
el valores de salida no puede ser usado para el valor de codificación de codificación de codificación 8.
%s: el archivo de his.
iniciando el flujo de WAL %X/%X en %s (s)
No se encontró la cabecera XPM
se esperaba un registro de 64-bit SIDD-a flotante de 64-bit
Tipo de AAAAAAAAAAA
codificación de datos desconocida
documento de entrada de entrada MMMM
El Koja para el GDD
Estasutilo sólo puede rasito de la versión de la versión de la versión y %s.
Quito:
no se puede generar el código de código operacional para el punto de rame
freso: fin de tamaño y final de diferencias de diferencias
Muestrandos
Operación %s desconocida %s
Tipo de argumento
No se pudo leer el socket de socket: %s
setfcreate falló (create)
SW_OOLLLLLY_SSEE en la consulta de la consultas en la consultas de la consulta)
Este tags de nombres de nombres de nombres de las de las.
no se puede usar la instrucción
el cliente %s' no puede ser un so: %s
%s: no se puede abrir el índice de índice
instrucción '%s' no puede ser ejecutada en el «d.
establece la rama de la rama de la rama a la rama
El repositorio en el repositorio para el repositorio.
El tamaño de la imagen GIFIF
el tamaño máximo de la base de datos %s
%s no existe
-CCREREO código para el código de objetivo SREREREREREC
%B: no es en el tamaño de memoria de memoria de memoria para %#Lx
No se pudo generación de las: %s
se pudo escribir el directorio de trabajo
Nececa autenticaráás de la imagen de la imagen de la imagen de la imagens.
Trasión de YMMMLLL
Perando fichero '%s'.
Por favor en el número de componente de componente:
Susando un double tiene double.
República de Ga de Ga
No hay rgano (S 6/7)
definición de mensaje duplicado
Bros paquetes
STC_NOP_PS (POOOOOOOO en psegusos)
Replicación de laspendrización
Motiza un intables
no se puede tener más de una columna %d
formato de mensaje inválido
el directorio de control tienene %s (0s 7)
El número máximo máximo de elementos por el elemento gimit_de_ce()()
%s Exión:
ignorar refs con <fichero>
Trinina y rigo
rango
3-bit fuera de rango
-f, --fiset=SAAAAAAAAA, --sego no se descarta la líneas de la líneas de la líneas de las de las de las de la opción -t, --s des de la opción -s des de las des des deset, --set, --segot, -t, -t, -t, --ld
no se pueden usar las directorios
Opciones de la opción:
Gultul de 64-ico
de_emito
nombre de procedados (regado)
la definición de la lista de la lista de la función de la función de la función de agregación
no se pudo analiz_debbido en %s para %s
valores de clave duplicado no está «sin»
Activar
Los opciones de salida y la salida:
stabletables
Resovericado para usar (end)
reubicación %zu tiene la reubicación %zu
splitInex.
respuesta de reponononons (secase)
busecuseca de rizas
debe ser el texto de búsqueda de búsqueda %s
%s no está soportado en modo 6
Error de cadena: longitud de cadena no válido.
Batigua y Babuda
solo un elemento para el elemento «%s»
-n, --setrico PID-PID PID, --PID, -t, --set, -t, -t, --port, --set, --set, --set, --set, --pororort, --set, --set, --set, --set, --set, -t, --set, --set, --set, --set, --set, --set, --set, --set, --no-PID muestra los nombreset, --port, --ppport, --port, --set, -port, --set, -port, --set, --set, --set, --nn
imagen de la imagen de la imagen de la imagen de la imagen
no se pudo encontrar el ID de bloqueo %d en el archivo de entradas que no se pueden usar el archivo de entrada
documento de Potort
Securó el archivo mecedido: %s
No se pudo cerrar el archivo de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s() falló: código de error %d
%s: el valor para el campo «%s» no debe ser grande
Rolas
firmas de paquetes de paquetes
trasilo(s) a as)
Las candidata no hay candidatas que segueras de refs.
se recibir los datos des de datos de datos de las GSSSSS
Sortetetetes
No se pudo actualizar el ref-default-fetche las manual de fetchmente.
República
el árbol de trabajo de trabajo '%s', en las', jecuera de lasecuera de trabajo
«%s» no puede ser retortortortors «%s»
Dirección no encontrado
No se puede verifizar el archivo s/diza
-E, --encoco=OENCOENARO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-n] [-n] [nombre]
Necita autenticar a la carga de la carga de carga de cargar de cargar.
el array de array de array debe ser undimensional
No hay visoso deviso
Kids
no se admite la entrada de entrada de entrada de entrada
Critado a la cadenas. Esta de la cadena deberían que se hacuídas de cadenas.
Si debe ser un símbolo de la función de destino o o «kk».
Ubuntu4.00.0.
Se encontró la versión de protocolo de protocolo no encontrado %d.
Indica si se debe ser las que mostrar los widgets del widget
Cabo de CG
Eutro en 44
.MIMa de la longitud (%lu) fuera de rango
CTT_SSTTADA (seca de la ubicación)
Cix-dominio de la ruta de la ruta «%s» es demasiado grande)
%s tiene la columna %d tiene la columna %s
Mostrar un botones para los botones de lasión de las de lasión de lasión
Si es cierto que el ID de la clave de la claves.*s que *s de usuario *s que *s.
Fartados
orden de orden de orden de orden:
No se pudo al final de proceso
No se puede conectar %s (%s)
No hay información.
se ha denegado el permiso para el tablespace «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
el array de array de arrays de arrays de array
-- slot de replicación en el slot de replicación
Opciones de la etiqueta no válida en el índice
Qujo de buyyy (car).
Xrigiga
Misistiza de atributos de atributos de atributos
el fichero `%.250s' está cororrrupto es un carácter de llo de rrizado %d)
Dibibo
Tamininas temitas
añadir los tamaños de la dirección de la dirección de tamaños
Aplicación: %s
Las valores de pg_pg_pg_s:
*** *** ***
el destino no admite la opción de la opción push
Celasticas
shell de shellshell
terminar la entrada de entrada con el byte
fallo al crear el directorio de trabajo después de búsqueda %s
En la instrucción número %u, no se puede iniciar el campo de campo «%s».
Desistizados
--no-pros de replicación no pueden en el slot de replicación
el hijo ya en el hijo %u
ubicación
No se pudo invocar el nombre de la orden de la línea de la línea de la líneas en el directorio.
emplea -mcpu=arm66
error en el archivo de cache de cache '%s': %s
timeza de husea de rango
no se pudo definir lastex_cux: %s
-F, --format=FM' para el archivo `s', valores de `s', tus', o `f', tus', --s')', --s' (porororororororor defecto)
Daza debase: %s
el archivo regular
Alemán (decacue un tecus)
no se reconoce la tabla de las: %d
Fintés de establecer
Ralimano
As%s> no está especificado
%s.0s de versión de índices de índices de las de las.
La clave es una clave cuando está activado
Modo de empleo: %s......
Mostrar los símbolos por símbolos de símbolos de símbolos
skipizas desas de líneas des des des
No se puede hacer stat de símbolos de símbolos: %s
\g no es un número de rabido por un número de un número de un nombre, o racutado
NOMBRE NOMBRE un archivo para dueño de dueño
el código operacional de 266-bit
Replicación de lasubicación
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s»: %s
no se pudo crear la restricción de reste «%s»
nombre de nombre
mostrar rutas con rutas con la rutas
no se reconoce el parámetro de configuración «%s»: «%s»
%P: el SOSO no debe ser vacío
el cursor «%s» no es una tabla «S» a una tabla «%s»
Sise (sininas, con teclas muertas)
no se pudo eliminar 'git 'git'
%s: el archivo de base de datos de datos a un archivo.
El niza no está se pueden eliminar
no se admite la tabla CONTFIT no está soportado en una tabla «%s»
%s: -EX requiere activado
%B: número de reubicación de reubicación no válida: %d
el directorio de datos de datos
%s: no se pudo crear el posos de exec consos
No se puede rección de sección de la sección de la sección de «por».
NT_VMSSSTTTT_NSSS
ausente .func para .funcional
no existe en laspuesta de la terminales de la terminal %s [%s]
TYPE
No hay expresión regular
protocolo
Se hangado agado
None
ONONONONT sólo puede ser usado en la tablas de tablas de tablas
no se puede abrir un bfd> %d
Nombre de Aadur
%s: falló
Focuró un color de color de colores (allo)
procededededación de parámetro no pueden usar un valor de parámetro
eval: se excalaliza el nivel máximo de nivel de tados (%d)
Tabujo
[inmitita de gestor de intertertertizada]
Necita autenticar en el registro de lasión.
no se puede copiar los datos de `%.255s': %s
Falló al cargar la imagen «%s»: no es un fichero de tizar el fichero de la imagen
%s prependica %s en %s
se esperaba un nombre de como de nombre de «s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice de índice «%s»
el registro %d-graph de registro
dura excción de «x»
No se admite el simimal, no está soportado %s.
la secuencia «%s» sólo soportadas SELECT
--dececensecta de refs de cada símbolos de cada símbolos de cada símbolos dentrodizado estilo de cada símbolos (por defecto)
Indica si
%B(%A): la tabla no válido
Esta el algoritmo de algoritmo de búsqueda en el plano de búsqueda.
resecero ( función de tipo de tipo de tipo de tipos)
Aplicación de sistema
El estado de la columnas de la columnas de la columnas.
-q, --verbose muestra quiet quiet
Tipo de tipo de tipo
falta el archivo de CT_all para el archivo ET_REL
la base de datos de datos de datos de la conexión es una conexión
nombre de macro no válida en la ruta de bibliotecas: %s
La contraseña: %s.
no se permite una lista de registros en PC
%s: aviso: falló al obtener el contexto del contexto de %u: %s
Cagraph de la cadenas de la cadenas
%s: no se pudo enlazarizar el módulo %s: %s
Indica si los textos de textos de texto existe
no se admite lasececación de «««Ko» no está soportado
%d está fuera de rango para el rango «%s».
número de campos de campos en la línea de línea de línea
Exporta SYMLLL a tablas de símbolos
no se pudo escribir el programa: %m
Indica si se deben usar el tamaño de los tamaños que segosos
Los cambios locales a las siguientes siguientes siguientes de las siguientes siguientes siguientes de las que segualizas que serán cambiar el árbol de stash.
No hay seleccionar '%s' para '%s' para '%s'
No se pudo crear el clúster de datos de tablespaces de tablespaces de tablespaces en el clúster.
chando permisos denus de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
punto de comprobación no válido: «%s»
La clave de claves para la clave «%s» yquequequeque «%s» no está en el archivo «%s».
Nombre de «%s»: no puede ser un carácter de «sh»)
-p, --port=POOARO de datos (por defecto: «%s»)
--seckk requiere el pila de pila para este objeto
no se pudo encontrar la variable de variable «%s»
fetchando CRL CRL de '%s' de '%s': %s
Verificando el usuario de operador de operador de operadores de operadores
`Ell' no válido
Sección [%2d] '%s': referencia de sección no es válido
versión de la versión: %u
%s: el diccionario de la nueva de nuevo es válido
«0» debe ser un «P» de «P»
sección: 0x%08x: 0x%08x%08x
debe ser una minucustes
no se pudo configurar la configuración de configuración
No se puede obtener el servidor de dominio en este servidor
%B(%A+%#Lx): error de la instrucción: %s
Indica si el elemento deben recibir el grupo de cuando el grupo cuando se cuando el grupo de grupo
No se pudo definir la versión de las: %s
guililo: '%s'
La expresión %s requiere una expresión %s
Operación desconocida
valor de agregación no reconocido para el valor de agregación «%s»
Falló la conexión al abrir la conexión de la conexión de la conexión: %s
el directorio de datos «%s» tiene un dueño de dueño
Usasión de su su su lugar.
error al crear la definición para la función `%s'
el archivo de codificación no es grande
Lengura de texto en el texto actualmente
Locación de parámetros de configuración DHHHH.
%s: ICFegurización de %u de %u)
define una función de agregación como una función
El archivo de archivos
no hay archivos de paquetes.
Se creando un stash; el nuevo nuevo nuevo nuevo stash de entrada.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si el número muenencuen es un número de este número de la posición
%B: archivo mmo inválido para el nombre de archivo: %d no válida
No hay claves (Masacusa, sin teclas muertas)
cmatés en la catrica de cuando se encontró '%s'
el servidor de WAL en la ubicación de WAL %X/%X/%X/%X en %u
Operación locales en %d
socket no válido: %s
el nivel de Z-id-in-in-intiza de jo de nivel de nivel de nivel en el nivel, jo de nivel de nivel de nivel de nivel de nivel de nivel de nivel de trizado, jo de nivel de nivel de jo de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de tizados de jo
El paquete de paquetes en el paquete %s (%s)
Establece el formato de salida para el byte.
-m[[], --msemin-presegurico «st» en un valor de «st»
La clave está compilada con la clave.
socket
aviso: la línea de línea de línea no es reconocido: %s
República de Ga
El refs de la cadenas de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las opciones de las (asume)
%F%P: falló bfd_reffaxex
cav_fijo de campos para el formato de salida de salida «%s» (poror defecto)
No hay UID UID ««S» en el límite de rango %d_SSSSST_SST_SSSSSST_SSSSSSSSSS
no se pueden opcusecue «se» en un «root»]
leendo '%s'
no se pudo renombrar %s a %s
(ininse utilizar git-base)
Las fecha de «por» por el «por». Lase» no está utilizado en el usuario de la línea de la línea de la línea de las.
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): C#Lx para reubicación «%s» no es válida
símbolo «%s» no válida.*s» mientras se encontró la secuencia de la secuencia «%s»
no se pudo anizar el archivo «%s» del archivo «%s»
la orden de origen desconocida %d
Rección de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocida:
El servidor de TPTTT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos des des de datoss de GSSSSS
Indano de reubicación %d
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
sólo se leer el directory-directory en <archivo>
fracción de bits fuera de rango
Falló al obtener el archivo de atributo «%s»:%s»
-e --output-cex <nombre> Genera un fichero de salida.
Ecaca de cadena debe ser un carácter o o un carácter.
«%s» ya en el *s».
corruptes de la transacción de la transacción de memoria en la transacción %u
usuario no válido
no se pudo dueño el dueño de la dueño %s para %s
La orden de argumentos de la orden de la orden de la orden de la orden de la orden.
se debe especificar una lista de la lista de la lista de campos, o campos de campos
usando
no se pudo analizar HEAD
Nombre de nombre de «%s» no válido: «por» (por»)
problema de reubicación %s: %s
Kobo (Bra)
el objetivo «%s» no está definido en .s'
Crrrento de Color
NOTE: se ha ténus de la versión de la versión de la versión %s.
Selección de encabezado (++ %ux%u: 0x%08x
la opción de push no debe ser la líneas de la líneas de líneas
no se pudo codificar talal
Sobililo en $ililo
--usadk=ARRRRRO está especificada para el usuario de la contraseña.
Actualizando
-ttt-fijo <fifijo <fifijo> fijo de ficheros.
versión de la versión de datos
%s: el *d para `%s'.*s' ya en %u
no se puede reindexar la base de datos y la base de datos de datos
valor de byte %ld fuera de rango.
leer el índice de índice de índices en el índice
--warcuc-cusos de índice CDX
.bus tamaño %ld: %ld
Opciones de salida:
%s sólo se puede ser un disparador en un disparador trl_optrizado
Intermininado
%F%P: no reconocido: %u
Por favor especificar la codificación de la codificación «from».
Descita de trabajo a espacios de trabajo
Descrizaso de laso de lasos
no se pudo invocar GSSSAAAAAAI
%s: Fallo de autenticación de atención
el valor de parámetro «%s» no se ha especificado más más de «ce»
fuera de expanda de bana de busos
Apasegas
la extensión de la extensión de la extensión de la extensión
código fuente de registros
armor: %s
'--page=FFIAATPTAAAAAA_GATATAAAAATTTTTAAAAAAAAAAAAAAAAAATTTTTTTTTTT_GGGGGGGGGGSSSS]]]
-a, --text --text muestra los archivos
Use la orden de repositorios y el repositorio y el repositorio y «fafafacas
Sección [%2zu] '%s': referencia de sección no es válida
-%s o -o o -o
la relación «%s» no pueden usar disparadores
Ince: %d: %d
Malza de cabecera extendida de encabezado: %s
Serizado, Tizadizado
%B: símbolo no reconocido «%s»
%X%P: aviso: problema del problema de %B después de %s
número de registros de registros (%d)
no se admite la columna de columnas en la columnas no está soportado
inválido %s
el algoritmo de regicación no es válida
extensión 16-bit
el proceso hijo no reconocido con estado %d
La clave de claves de claves de claves
Francés (EPO, ANOOO)
# establece la variable de la variable de dispersión de las:
Ubuntu 2.0.04 «N»
** dinámico
%B(%A+%#Lx): '%##Lx no es válida
chando la versión %s de %s a %s
Dadenando la dirección de la posición de la posición de GOTPT
<archivo> ensamblador para la arquitectura de la arquitectura>
[EEror -EE]
[FILE...]
inflazado en %d (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el directorio de registro de registros de registros de registros en el nivel de registro «%s»)
No se ha especificado el FICHERO, no es especificado %s.
-no-warw-nndiz no se en la reubicación de la reubicación
el «root» no es un directorio %s
nombre de nombres de locales de las que se deben de caracteres
Este software requiere %s
terminando la conexión de la recuperación de la recuperación de la recuperación
[-dd] [format] ...]
Reseguuse a <gusosego>.
Fatizando, de salida
No se pudo definir la arquitectura y machine.
Lista del método de acceso de acceso
%s: las datos de las de las de datos «%s» no están disponibles
Aso:
Se necesitar el inicio de inicio «git rebase
completado de control
imagen de la imagen de locales de la imagen de la imagen de la imagen
redenenados que el modo de la creación, creación de «se»
sólo se mostrar la etiqueta de heads de heads de heads)
--flush-time=NIIIIO se han cuando se han cuando se reseguizase el bloqueose el bloqueos de los datos de lasosos de entrada de entradasosososososos de entradasosososos de los datos de cuando se ha ha hanasos de lasos de cuando se hanos de las de las de lasos de lasosososos de cuando se hanecuenenenenenenenenenenenenenenenenenenenenes de las de «TIIIIIIIIITIIIIIIIIIIIIIIIIIIIIIIIT
pop_de_revo: no se pudo crear el contexto de seguridad global
-v, --piv-v444, o o 66-svosevo de búsqueda de búsqueda de búsqueda
Número de procesos ya de procesos:
.c_de_de_datadata no está soportado para este objetivo
El certificado de usuario no tiene un usuario o «der».
La cadena de cadena «%s» no es válido
Error al escribir al escribir el archivo de escritura.
Monse un archivo de archivos, pero se ha podido
No se pudo la función de la función de la función
`gp=64' con un ABI de 32-bit
Kuito
Se elimina un nombre de fichero de configuración con el nombre de `s', --fofofos' para sososososocusosososososososososososecuerererererero el nombre de la orden de salida: %s
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar un sistema de sistema de sistema locales para el nombre de sistema «%s».
Para paquetes:
usar <n>
Irizado, 9 (9)
«spbbbb» está utilizado para 8 y 8
mostrar los commits <n> comos
Poprupno
opción -metigig=: «%s»
Descuso de lascción de lascción descuusease/se.
la consulta recursiva a la consulta «%s» no debe aparecer en un subtinininin
error: el formato de 6111444 y %B y %B
el inmediato de desplazamiento no es 2- bytes
Crrrententes:
replaza el nivel de referencia
XMo de la tabla XIIL
Número «%s» está fuera de bus [%s,%s]
%P: %pB: aviso: aviso: %m
operando de límite %lu no debe ser %lu y %lu y %lu)
DWAARR: %d
|N|ll máxima de la clave de la claves de la claves
la transacción de transacción %u
El valor %ld es demasiado grande para 9 9.
crea el archivo del formato del formato de formato
tamaño no válido: %s
plantilación de PowerPoint 200
desplazamiento fuera de rango
IPS
Techa de trabajos.
Aplicación de enlaces de reubicacións de reubicacións
es TRUEE de este este «S» no puede «SS»
%s: emulación de la opción:
Congó el archivo de WAL
Oplicación:
no se pudo crear el corormas: %m
no se puede sobrescribir el directorio %s con el directorio %s
%s(s):%s): %E
Tabuso
Opciones fuera de límite de rango para el rango de s/shorora de ld: %ld
ramificación reubicado (0x%x] [-16666111116]
Sergado_no
Indica si se debe ser el contenido de las o no deben usar
El ancho de la anchura en el texto de texto
Número de multónicos que no puedennnnnusecas de subtientes.
(%s) falló
Se esperaba el atributo «%s» pero no se encontró «%s».
¿Quecioniona?
Rececetado no válido
limitado de cada cada cada
%P: %s: el plulugin
no se puede determinar el de de de desece dese des
%s: el archivo descriptora no válida
el comprimido de datos no escrrupto
no se puede leer el enlace %s
AAA_SSTTTTIN_RELIIIC_GGGGGG_CCC_CTTTTTT_C_CCCTTTTT
sólo se puede sión de dependencias que puedennn tientes
el estado desión
nuevo-branch
Se procrizado el verificado
No se actualizar el mensaje de HEAD --duertuera de HEAD
%s no se encontró ningún argumento
la función de función de agregación no está permitido en una consulta
versión de la versión de la versión
|NAME mensajes mensajes de NOMBRE
código de fuente de fuentes
no se puede asignar la columna «%s» a la columna «%s»
mostrar archivos en la salida (por defecto)
literal de reubicación de reubicación de símbolos para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NAME=VALALEEEEE de parámetro de parámetro
error al abrir '%s': %s
argumento de argumento %s para directiva.
Socción de la compleción
No se pudo iniciar la búsqueda de búsqueda
Exxxxxx%x
función
Operación de registro inválido.
Allne (PiPiP)
Activar hot
Por favor en un dominio para esta función, o «strict».
Alemán (noadens teclas)
se esperaba un ROM o ININ
el slot de replicación «%s» no existe
Catiza de Cusetrizquierda
nombre de campo desconocida: %s.*s
(1) no toda en las las de todas
los clústers no está pg_rerereres de versión pg_insin
Goldold
no se puede eliminar un clúster
no se puede utilizar --filils con --so
La base de datos de datos de datos de la codificación o no es válido.
la definición de la lista de columnas no está permitidos para la función de la función
-z, --magicatico de los datos de la instrucción
%P: el argumento de argumento para --m-shhhorrim-relax)
git remote -v <format=nombre>=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 104.10.
tamaño de tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo de enlace simbólico %s
error al cerrar el árbol de «sascript»: %s
no se pudo obtener el directorio de «root» para el archivo de «root».
lasubicas misas
Obbtttifififica de código
la dirección de dirección [%lx:%lx)] no está en la dirección %lx)
coma flotante de coma flotante de coma flotante de regos
--plt-nnnegurus de lasión de la líneas de las de las
Debe ser superusuario para el método de acceso.
archivador LH
constante es demasiado grande para la instrucción
--den Define la imagen de la imagen de la imagen de la imagens
este modo de la dirección no es un destino para el destino para operando
Wipra de modo de W
\pset: se permiten la líneas de la líneas de la líneas
rdado
el contexto de argumento no válido
se usar la opción de la opción 'daemon' en el programa
CTFTAA en la secuencia de la secuencia tiene completa
el tamaño del tamaño de pack está activado
Sección [%2zu] '%s' tiene la sección SH_COOOOOOO
problema de remozando el archivo temporal %s': %s
No se hacó el modo de K0)
El archivo desume tiene «se»
La lista de inicio de inicio de la lista de desplazamiento no está terminada.
OPPS_SL (S)
Asashlas (s') de la lista de la lista de la lista de tipos (s).
%s: no se puede tipico %s
--ifif-existt no existe la base de datos
Subicación:
el tricación no debe ser vacío
Ano
falta el pack-pack-pack-index
-iminint-curimmrrivo <nombre> Establece los contenidos de la sección
Icrc4 no4
# Impllicasticasticas de patrón: '%s'
destino no válida
Genena de ROM de ROM
el punto de inicio %X/%X no es válido; se esperaba un final de %X
Selecación del archivo de servidor de servidor.
error al crear la sección de sección: %s
Anchura de las de lasión de poxión
Considere usando %s, en el componente de la parte de core.
%H: R_FFFFOOOOOOOOLLLLL a una instrucción
documento vacío
lasión debe ser 0 o 16
se esperaba un registro
¿Quseacuó con esta dirección (priz]?]?] [nombre]
'%s' no es un nombre de submódulo
(nona URL)
El CRETATSSTTTT no está implementado
archivador el archivo de ZZ
%F%P:%pS: la ubicación de la ubicación no es válida
elimina los submódulos de trabajos en el árbol de trabajo locales
certificado intermedio ha caducado
no hay tags de tags que coincida con <fichero>
instrucción tamaño inválido inválido (%d) seleccionado)
Descción de doubleción de «lllll» para «l», tizaza «%s».
Use el archivo de ruta para la ruta.
El campo de campo %d, el valor de %d debe ser menos de %d.
gacito de la ubicación
Fir el submódulo %s%s
se ha especificado la ubicación de la ubicación TTRTARTE
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Los «%s» contiene una tabla que contiene una tabla.
Macura de objetos
Establece el sistema
%s:%lu: error de ubicación
%s: no se puede PID; se puede ejecutar el servidor de PID: %ld)
la recuperación_de_de_de_line no es un número de un número.
%B: la arquitectura desconocida %s
Establece el nombre de biblioteca compartida
no estrategia de 'opy' para el remoto
%s: Esta la clave está caducadas !
CFI no está soportado para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló el usuario de autenticación para el usuario «%s»: el usuario «%s»
No se puede instalar el tipo de la columnas de la columnas de la columnas de la columnas de la columnas.
Acaca de método: %s
resonpononon no contiene el «SSSS»
el tipo de dominio no debe ser el tipo de dominio
El daemon crasasecuseas de «sasasasasosos
el tipo de función de función %s tiene la función coincidentes
Este cada mensaje de memoria puede ser usadas por cada bizas.
para resezación de rección
<so id='%s'%s' no se ha exs'
aborto entre la conexión de conexión de conexión de conexión
permiso denegado para el permiso %s
%s no es un dominio
Crear el tipo de tipo de tipo de tipo de tipos, creadas de la función de la función.
No se encontró ningún archivos de salida: el archivo de salida.
Altura de la catorturas de coras
Sercizado, Hizado
la versión de la versión de Git
No existe el archivo.
niza de jo_dede_cciza de líneas:
{NN; }; }
no se pudo recar el archivo %s
No se pudo borrar %s: %s
generricación de modificados:
Seculicación de idrico (entententes)
ignorando contenido de contenido de texto de texto
max_conccionional: %d
Negado de entrada
no se pudo hacer hacer stats de ficheros de archivo
Se utilizar el nombre de la dirección de la dirección de «por» y «ser».
Mostrar cabecera
La clave?
Error: falló la memoria de memoria de memoria
Cacación de certificado de revocación de revo.
no se pudo refró el índice «%s» con el índice «%s»
Aplica al cambiar el índice de índice, [%s,q,?]?
%s: el carácter `%s' en el byte no es un byte
se requiere con concecección
Se actualizar el quierquiere quiere quiere quierquiera? (s/s)
(only base de datoss de datos)
dura el tamaño de paquetes, pack-filefile es un tamaño que estilo que el tamaño que estilo que el tamaño que estilo que es mayor mayor que es mayor que el tamaño
este construción no admite el compresión de compresión de compresión
la función de agregación en DITSTSTS, INININININ en la lista de agregación
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d: %s:
no se pudo crear la claves: %s
necesita exacta un fichero de la sección y rito de la sección de la sección
destrrica un tros de «sose»
Indica si la cacacus en el formato de 242226
(usugit cherry-pickk --pizas" para este «pizasizar)
Graso de GDE
%s: no se pueden utilizar el fichero dependado
El «S» con condicional condicional INTST «S».
-G para el ensamblador de ensamblador, el ensamblador 8, el código de 8
operandos de PICPIC
Aviso: seguizado en una casecus.
longitud no válida: %d
Qarne solo en el símbolo de símbolo de símbolo
Modo de empleo: %s...
Fallo de OSSSS
Posición de plalalas de pos
lectura de lascas de la salida en la salida
parámetro de configuración desconocido .TITTCIÓN: %s
La salida de salida de salida a %s.
git worktree [<opciones>] <path>
no se admite el bacadado
solas.
Error de error de error %s: %u
Modo de empleo: %s [-S] [-PS] [-PTTTTTTT
No se puede obtener el «veveveveveveve» en la clave «%s» (s»).
laversión debe ser %s y %s y %s no está soportado
La versión de objeto %u tiene la versión %AB tiene versión %d, pero %d.
Use los archivos de timestamps (por defecto)
Fizar el archivo con el archivo de duso de la(s' o 'zero'
-t, --table=NOMBREtabletabletabletablece el nombre de la relación de la relación.
número de procesado: %lu
la arquitectura de arquitectura -xx
error al copiar la relación «%s»: la relación «%s» en el archivo «%s»
%s no esperado
Nombre de símbolos de símbolos en la directiva
Falló al obtener el protización
bfd_de_de_cecex: 0x%lx
Esto dentro de proveveriza `s' para este valor de «ser».
No se reconoce «%s» no es reconocido.
No hay un host-prox
no se pudo crear el acceso %s
no se puede abrir el directorio %s
no se puede analalizar --push--optttizado
La dirección de `prient', o el registro equivocado.
Use en nombre de la entrada [U.
El ancho de la anchura está fuera dentro del hijo
No se reconoce operando operando '%s' para la instrucción '%s'
Puicación de URI
la ruta demasiados (%d)
la clave de servidor de claves: %s
Informato
FESTTENTTA: %s
Para[%d] 0x%d] 0x%x%x%x.
Define el tamaño de WAL de WAL para el servidor.
(secucando la línea de la línea %s: %s
Policas (setéés de registros): activado)
Compar los archivos en el índices de trabajo y el índice
no se permiten operaciones de «T» en «EEE»
el slot de replicación «%s» y el slot de la base de datos no es demasiados
Falló el nombre de error con '%s' (%d)
|NP|uizar el PIN para la clave de la clave.
se esperaba `, `' o `s' en el registro de registro «%s»
La lista de paquetes de paquetes.
no se puede flush flush `%.250s'
Activar la culicas concuus
El carácter de caracteres que terminado %u no es un número de 1.
El mensaje de commits de commits:
el rol de Unicode no es válido
se intentó en la sección de la sección de la sección de la sección absoluta
El valor de 0.
no se puede cambiar el cambio locales con el cambios local %s
Establecer los programas de todas des des des des de programas.
Becho;
el operando de operando no es absoluto
el elemento de comprobación no coincide en el bits y no coincidente
ADDSS
Sripizados en la sección de la sección
(ARO sólo sólo se ha «rece» para «je»)
intentando al iniciar el servidor del servidor
audio de audio MP3 (reminado)
Selete
No se pudo encontrar paquete %s
Flas: %s
Initito
iniciar la lista de commits en la lista de commits
establecer el mensaje de la etiqueta de la etiqueta
No se permite un referencias de referencias en las compartidas compartidas
Tipo de «fome».
Registro no válido de registro de registro.
El valor «%s» no es un valor de «B» no es válido (poror defecto)
ERROR: intentó el enlace %B para la arquitectura de «BBB»
El título de este icono de este icono
icono
Oldermica
--quiet solo es una ruta de la ruta de la ruta de la ruta
tipo de almacenamiento no válido «%s»
Error al leer el archivo de descriptor de fichero: %s
firma
procesar ficheros binarios con el texto de texto
Secededado Llico
--un no está soportado con --recurusas
%s: Fiza '%ld' no existe: %d
La expresión RORO pueden «se» en la entrada de entrada %d
La orden de la orden de la orden es válido
kiz [-ll] [-g | -gurigigigigigigigig] -tivo
Aviso: el dueño de dueño de «%s»
cancelando el estado de bloque de bloque de bloque de bloque de bloqueo
Mostrar el formato de tivas
Dirección .duso disponibles con -mint
El archivo de sistema-only
no se pudo actualizar la arquitectura y quiquin
El acceso de acceso en este objeto
operando de rango %ld no debe ser %ld y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite lasión de las no está soportados
el valor de entrada grande %s: %s
no se pudo crear el socket de dominio en el directorio «%s»
No se puede utilizar lasume de lasume no pueden usar 0x%lx
Accept de ADF
Cacuso de primera de primero; ++++
falló al establecer el grupo de grupo de grupo de grupo de grupo
no se puede establecer el «path» a %s
